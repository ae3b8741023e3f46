"""Seed the audit chain's lock row and, on PostgreSQL, make the audit table append-only.

The trigger refuses UPDATE and DELETE for every role that does not own the table's trigger
(a superuser can still ``ALTER TABLE ... DISABLE TRIGGER``; audit_verify catches what follows).
TRUNCATE is not blocked: Django's test flush uses it. See compliance/README.md.
"""

from django.db import migrations

GENESIS = "0" * 64

CREATE_TRIGGER = """
CREATE OR REPLACE FUNCTION compliance_auditevent_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'compliance_auditevent is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
DROP TRIGGER IF EXISTS compliance_auditevent_append_only ON compliance_auditevent;
CREATE TRIGGER compliance_auditevent_append_only
    BEFORE UPDATE OR DELETE ON compliance_auditevent
    FOR EACH ROW EXECUTE FUNCTION compliance_auditevent_refuse_change();
"""

DROP_TRIGGER = """
DROP TRIGGER IF EXISTS compliance_auditevent_append_only ON compliance_auditevent;
DROP FUNCTION IF EXISTS compliance_auditevent_refuse_change();
"""


def seed_head(apps, schema_editor):
    head_model = apps.get_model("compliance", "AuditChainHead")
    head_model.objects.using(schema_editor.connection.alias).get_or_create(
        pk=1, defaults={"last_seq": 0, "last_hash": GENESIS}
    )


def create_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE_TRIGGER, params=None)


def drop_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP_TRIGGER, params=None)


class Migration(migrations.Migration):
    dependencies = [("compliance", "0001_initial")]

    operations = [
        migrations.RunPython(seed_head, migrations.RunPython.noop),
        migrations.RunPython(create_trigger, drop_trigger),
    ]
