import pytest
@pytest.mark.django_db
def test_x(client):
    r = client.get("/api/schema/?format=json")
    print(r.status_code, r["Content-Type"])
    import json, yaml
    d = yaml.safe_load(r.content)
    print(list(d["paths"].keys()))
