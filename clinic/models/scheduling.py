"""Availability (FHIR Schedule) and appointments (FHIR Appointment).

Free slots are computed, not stored (``clinic.availability``). A booked slot *is* an
``Appointment`` row; the partial unique constraint below guarantees that at most one
non-cancelled appointment exists per practitioner and start time, whatever the application
code does. See clinic/README.md "Booking without double booking".
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q

from compliance.fields import EncryptedTextField

from .organization import Location, Organization, Practitioner
from .patient import Patient


class Weekday(models.IntegerChoices):
    MONDAY = 0, "Monday"
    TUESDAY = 1, "Tuesday"
    WEDNESDAY = 2, "Wednesday"
    THURSDAY = 3, "Thursday"
    FRIDAY = 4, "Friday"
    SATURDAY = 5, "Saturday"
    SUNDAY = 6, "Sunday"


class AvailabilityRule(models.Model):
    """Weekly recurring hours of one practitioner at one location, in the location's time.

    Slots of ``slot_minutes`` are laid end to end from ``start_time``; a slot that would
    cross ``break_start``-``break_end`` or ``end_time`` is not offered.
    """

    practitioner = models.ForeignKey(
        Practitioner, on_delete=models.CASCADE, related_name="availability_rules"
    )
    location = models.ForeignKey(Location, on_delete=models.PROTECT, related_name="+")
    weekday = models.PositiveSmallIntegerField(choices=Weekday.choices)
    start_time = models.TimeField()
    end_time = models.TimeField()
    slot_minutes = models.PositiveSmallIntegerField(default=30)
    break_start = models.TimeField(null=True, blank=True)
    break_end = models.TimeField(null=True, blank=True)
    valid_from = models.DateField(null=True, blank=True)
    valid_until = models.DateField(null=True, blank=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(end_time__gt=F("start_time")), name="availability_rule_end_after_start"
            ),
            models.CheckConstraint(
                condition=Q(slot_minutes__gte=5, slot_minutes__lte=480),
                name="availability_rule_slot_length",
            ),
            models.CheckConstraint(
                condition=(Q(break_start__isnull=True) & Q(break_end__isnull=True))
                | Q(break_end__gt=F("break_start")),
                name="availability_rule_break_order",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_weekday_display()} {self.start_time:%H:%M}-{self.end_time:%H:%M}"


class AvailabilityException(models.Model):
    """A day (or part of a day) with no appointments: a holiday or a practitioner's leave.

    ``practitioner`` empty means the whole organization is closed. Empty times mean all day.
    Times are local to each rule's location.
    """

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")
    practitioner = models.ForeignKey(
        Practitioner,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="availability_exceptions",
    )
    date = models.DateField()
    start_time = models.TimeField(null=True, blank=True)
    end_time = models.TimeField(null=True, blank=True)
    reason = models.CharField(max_length=200, blank=True)

    def __str__(self) -> str:
        return f"{self.date} {self.reason}".strip()


class AppointmentStatus(models.TextChoices):
    """The FHIR Appointment.status values this clinic uses."""

    BOOKED = "booked", "Booked"
    FULFILLED = "fulfilled", "Fulfilled"
    NO_SHOW = "noshow", "No-show"
    CANCELLED = "cancelled", "Cancelled"


class Appointment(models.Model):
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="+")
    patient = models.ForeignKey(Patient, on_delete=models.PROTECT, related_name="appointments")
    practitioner = models.ForeignKey(
        Practitioner, on_delete=models.PROTECT, related_name="appointments"
    )
    location = models.ForeignKey(Location, on_delete=models.PROTECT, related_name="+")
    start = models.DateTimeField()
    end = models.DateTimeField()
    status = models.CharField(
        max_length=12, choices=AppointmentStatus.choices, default=AppointmentStatus.BOOKED
    )
    # Why the patient comes is clinical information: encrypted.
    reason = EncryptedTextField(blank=True, default="")
    rescheduled_from = models.OneToOneField(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="rescheduled_to"
    )
    booked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    cancelled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # Set when a reminder is claimed for sending; the claim is what makes it exactly-once.
    reminder_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["practitioner", "start"],
                condition=~Q(status="cancelled"),
                name="appointment_one_active_per_practitioner_start",
                violation_error_message="That time is no longer available.",
            ),
            models.CheckConstraint(
                condition=Q(end__gt=F("start")), name="appointment_end_after_start"
            ),
        ]
        indexes = [
            models.Index(fields=["practitioner", "start"]),
            models.Index(fields=["patient", "start"]),
            models.Index(fields=["status", "start"], name="appointment_status_start"),
        ]

    def __str__(self) -> str:
        return f"Appointment #{self.pk}"

    @property
    def is_active(self) -> bool:
        return self.status != AppointmentStatus.CANCELLED
