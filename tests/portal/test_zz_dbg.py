import pytest
from django.test import Client
pytestmark = pytest.mark.django_db

def test_dbg(clinic_a):
    from django_otp.oath import TOTP
    from django_otp.plugins.otp_totp.models import TOTPDevice
    user = clinic_a.front_desk
    user.set_password("correct horse battery staple 42"); user.save()
    device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    code = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).token()
    c = Client()
    r = c.get("/admin/login/?next=/admin/console/")
    import re
    print(re.findall(r"<input[^>]*>|<select[^>]*>", r.content.decode()))
    r = c.post("/admin/login/?next=/admin/console/", {"username": user.username, "password": "correct horse battery staple 42", "otp_token": f"{code:06d}", "next": "/admin/console/"})
    print(r.status_code, r.get("Location"))
    print(re.findall(r'class="errornote"[^<]*<|errorlist[^<]*<li>[^<]*', r.content.decode()))
