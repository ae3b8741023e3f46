from __future__ import annotations

import datetime
import zoneinfo

from django.utils import timezone

from clinic.models import Location


def local_slot(
    location: Location, *, days_ahead: int = 3, hour: int = 10, minute: int = 0
) -> datetime.datetime:
    """An aware UTC datetime at local ``hour:minute`` ``days_ahead`` days from today."""
    tz = zoneinfo.ZoneInfo(location.timezone)
    day = timezone.now().astimezone(tz).date() + datetime.timedelta(days=days_ahead)
    local = datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=tz)
    return local.astimezone(datetime.UTC)


def otp_login(client, user) -> None:
    """Log ``user`` into the test client with an OTP-verified session, as the admin requires
    for staff (compliance/admin_site.py)."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device, _ = TOTPDevice.objects.get_or_create(user=user, name="test", confirmed=True)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
