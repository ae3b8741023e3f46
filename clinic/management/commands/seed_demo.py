"""``manage.py seed_demo``: a synthetic, clearly fake clinic to click through.

Deterministic (fixed random seed) and idempotent: organizations, locations, practitioners,
users and patients are looked up by natural key (slug, name, NPI, username, MRN blind index)
and only created when missing; records and appointments are only added for patients created
in this run, so a second run adds nothing. Availability rules are refreshed to cover the four
weeks from the run date. Everything goes through the clinic services, so the demo data is
validated, encrypted and audited exactly like real data.

The passwords printed at the end are demo-only fixed strings: never run this against a
production database (the command refuses when DEBUG is off unless --i-know-this-is-not-production).
"""

from __future__ import annotations

import contextlib
import random
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from django.utils import timezone

from clinic import selectors, services
from clinic.models import (
    AvailabilityException,
    AvailabilityRule,
    Location,
    Organization,
    Patient,
    Practitioner,
    Specialty,
    StaffMember,
    StaffRole,
)
from compliance.audit import audit_context
from compliance.blind_index import blind_index
from config.errors import DomainError

SEED = 20240601
WEEKS = 4

GIVEN = [
    "Avery", "Blake", "Casey", "Dana", "Emery", "Finley", "Gray", "Harper", "Indigo", "Jules",
    "Kai", "Logan", "Morgan", "Noel", "Oakley", "Parker", "Quinn", "Reese", "Sage", "Taylor",
]  # fmt: skip
FAMILY = [
    "Example", "Sampleton", "Mockford", "Testwell", "Placeholder", "Fictus", "Demoson",
    "Dummitt", "Notreal", "Synthetica",
]  # fmt: skip

LABS = [
    ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%", "4.0-5.6", (4.6, 9.5), 5.6),
    ("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "mg/dL", "70-99", (72, 180), 99),
    ("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", "mg/dL", "<200", (140, 260), 200),
    ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "m[IU]/L", "0.4-4.0", (0.3, 6.0), 4.0),
    ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", "12.0-17.5", (10.5, 16.5), 17.5),
]  # fmt: skip
MEDICATIONS = [
    ("860975", "metformin hydrochloride 500 MG Oral Tablet", "500 mg twice daily with meals"),
    ("314076", "lisinopril 10 MG Oral Tablet", "10 mg once daily"),
    ("617312", "atorvastatin 10 MG Oral Tablet", "10 mg once daily at bedtime"),
    ("966222", "levothyroxine sodium 0.05 MG Oral Tablet", "50 mcg every morning"),
]
ALLERGIES = [
    ("91936005", "Allergy to penicillin", "medication", "high", "Hives"),
    ("300913006", "Shellfish allergy", "food", "high", "Throat swelling"),
    ("419474003", "Allergy to mold", "environment", "low", "Sneezing"),
]
CONDITIONS = [
    ("44054006", "Diabetes mellitus type 2"),
    ("38341003", "Hypertensive disorder"),
    ("55822004", "Hyperlipidemia"),
    ("40930008", "Hypothyroidism"),
    ("195967001", "Asthma"),
]
VACCINES = [("140", "Influenza, seasonal, injectable, preservative free"), ("213", "SARS-COV-2")]


@dataclass(frozen=True)
class OrgSpec:
    slug: str
    name: str
    timezone: str
    mrn_prefix: str
    patients: int
    locations: tuple[tuple[str, str], ...]
    practitioners: tuple[tuple[str, str, str, str], ...]  # given, family, specialty, npi


ORGS = (
    OrgSpec(
        slug="riverside",
        name="Riverside Family Clinic",
        timezone="America/New_York",
        mrn_prefix="RFC",
        patients=40,
        locations=(
            ("Riverside Main Street", "100 Example Main Street, Springfield"),
            ("Riverside North", "2 Sample Road, Springfield"),
        ),
        practitioners=(
            ("Robin", "Demoheart", Specialty.FAMILY_MEDICINE, "9990000011"),
            ("Alex", "Testmore", Specialty.FAMILY_MEDICINE, "9990000029"),
            ("Jordan", "Sampleby", Specialty.INTERNAL_MEDICINE, "9990000037"),
            ("Riley", "Pulseworth", Specialty.CARDIOLOGY, "9990000045"),
            ("Skyler", "Dermsley", Specialty.DERMATOLOGY, "9990000052"),
            ("Cameron", "Glandfield", Specialty.ENDOCRINOLOGY, "9990000060"),
        ),
    ),
    OrgSpec(
        slug="lakeside",
        name="Lakeside Pediatrics",
        timezone="America/Chicago",
        mrn_prefix="LKP",
        patients=10,
        locations=(("Lakeside Office", "7 Placeholder Avenue, Lakeview"),),
        practitioners=(
            ("Morgan", "Kidsworth", Specialty.PEDIATRICS, "9990000078"),
            ("Drew", "Littleton", Specialty.PEDIATRICS, "9990000086"),
        ),
    ),
)

# Demo-only logins: (username, role, organization slug, password).
LOGINS = (
    ("demo.clinician", StaffRole.CLINICIAN, "riverside", "demo-clinician-river-2024"),
    ("demo.frontdesk", StaffRole.FRONT_DESK, "riverside", "demo-frontdesk-river-2024"),
    ("demo.admin", StaffRole.ORG_ADMIN, "riverside", "demo-orgadmin-river-2024"),
    ("demo.auditor", StaffRole.AUDITOR, "riverside", "demo-auditor-river-2024"),
    ("demo.lakeside.clinician", StaffRole.CLINICIAN, "lakeside", "demo-clinician-lake-2024"),
    ("demo.lakeside.admin", StaffRole.ORG_ADMIN, "lakeside", "demo-orgadmin-lake-2024"),
    ("demo.patient", "patient", "riverside", "demo-patient-river-2024"),
)


class Command(BaseCommand):
    help = "Create a synthetic demo clinic (idempotent) and print demo logins."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--i-know-this-is-not-production",
            action="store_true",
            dest="force",
            help="Run with DEBUG off (demo passwords are public: never on real data).",
        )
        parser.add_argument(
            "--max-patients",
            type=int,
            default=None,
            help="Create at most this many patients per organization (quick runs in tests).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG and not options["force"]:
            raise CommandError(
                "seed_demo creates users with published demo passwords. Run it with DEBUG=true, "
                "or pass --i-know-this-is-not-production on a throwaway database."
            )
        self.rng = random.Random(SEED)  # noqa: S311 - synthetic data, not security
        self.today = timezone.localdate()
        self.max_patients = options["max_patients"]
        created_patients = 0
        with audit_context(source="seed_demo", client_app="seed_demo"), transaction.atomic():
            for spec in ORGS:
                created_patients += self._seed_org(spec)
        self.stdout.write(
            f"Demo data ready: {len(ORGS)} organizations, "
            f"{Patient.objects.count()} patients ({created_patients} new this run)."
        )
        self.stdout.write("Demo logins (DEMO ONLY, published passwords):")
        for username, role, slug, password in LOGINS:
            self.stdout.write(f"  {role:<11} {slug:<10} {username:<24} {password}")
        if getattr(settings, "REQUIRE_STAFF_MFA", True):
            self.stdout.write(
                "Staff logins need a TOTP device (set one up, or REQUIRE_STAFF_MFA=false "
                "for a local demo)."
            )

    # --- organization, people ------------------------------------------------------------

    def _user(self, username: str, password: str, *, staff: bool) -> Any:
        user, created = get_user_model().objects.get_or_create(
            username=username,
            defaults={"email": f"{username}@example.test", "is_staff": staff},
        )
        if created:
            user.set_password(password)
            user.save(update_fields=["password"])
        return user

    def _seed_org(self, spec: OrgSpec) -> int:
        org, _ = Organization.objects.get_or_create(slug=spec.slug, defaults={"name": spec.name})
        locations = [
            Location.objects.get_or_create(
                organization=org,
                name=name,
                defaults={"address": address, "timezone": spec.timezone},
            )[0]
            for name, address in spec.locations
        ]
        staff = {}
        for username, role, slug, password in LOGINS:
            if slug != spec.slug or role == "patient":
                continue
            user = self._user(username, password, staff=True)
            StaffMember.objects.get_or_create(
                user=user, defaults={"organization": org, "role": role}
            )
            staff[role] = user
        practitioners = []
        for index, (given, family, specialty, npi) in enumerate(spec.practitioners):
            practitioner, _ = Practitioner.objects.get_or_create(
                npi=npi,
                defaults={
                    "organization": org,
                    "given_name": given,
                    "family_name": family,
                    "specialty": specialty,
                },
            )
            if index == 0 and practitioner.user_id is None:
                practitioner.user = staff[StaffRole.CLINICIAN]
                practitioner.save(update_fields=["user"])
            practitioners.append(practitioner)
            self._availability(practitioner, locations[index % len(locations)], index)
        AvailabilityException.objects.update_or_create(
            organization=org,
            practitioner=None,
            reason="Staff training day (demo)",
            defaults={"date": self._next_weekday(self.today + timedelta(days=16))},
        )
        return self._patients(spec, org, staff, practitioners)

    def _next_weekday(self, day: date) -> date:
        while day.weekday() >= 5:
            day += timedelta(days=1)
        return day

    def _availability(self, practitioner: Practitioner, location: Location, index: int) -> None:
        """Weekdays for four weeks from today; every third practitioner works mornings only."""
        mornings_only = index % 3 == 2
        for weekday in range(5):
            AvailabilityRule.objects.update_or_create(
                practitioner=practitioner,
                location=location,
                weekday=weekday,
                defaults={
                    "start_time": time(8, 30) if mornings_only else time(9, 0),
                    "end_time": time(12, 30) if mornings_only else time(17, 0),
                    "slot_minutes": 20 if index % 2 else 30,
                    "break_start": None if mornings_only else time(12, 0),
                    "break_end": None if mornings_only else time(13, 0),
                    "valid_from": self.today,
                    "valid_until": self.today + timedelta(weeks=WEEKS) - timedelta(days=1),
                },
            )

    # --- patients, records, appointments ------------------------------------------------

    def _patients(
        self, spec: OrgSpec, org: Organization, staff: dict, practitioners: list[Practitioner]
    ) -> int:
        admin, clinician = staff[StaffRole.ORG_ADMIN], staff[StaffRole.CLINICIAN]
        created = 0
        count = (
            spec.patients if self.max_patients is None else min(spec.patients, self.max_patients)
        )
        for number in range(1, count + 1):
            rng = random.Random(f"{SEED}-{spec.slug}-{number}")  # noqa: S311
            mrn = f"{spec.mrn_prefix}-{number:06d}"
            existing = Patient.objects.filter(
                organization=org, mrn_index=blind_index(mrn, purpose="mrn")
            ).first()
            if existing is not None:
                continue
            given = GIVEN[(number * 7 + len(spec.slug)) % len(GIVEN)]
            family = FAMILY[(number * 3) % len(FAMILY)]
            user = None
            if spec.slug == "riverside" and number == 1:
                login = next(entry for entry in LOGINS if entry[0] == "demo.patient")
                user = self._user(login[0], login[3], staff=False)
            patient = services.patient_create(
                actor=admin,
                given_name=given,
                family_name=family,
                birth_date=date(rng.randint(1940, 2015), rng.randint(1, 12), rng.randint(1, 28)),
                mrn=mrn,
                gender=rng.choice(["female", "male", "other", "unknown"]),
                phone=f"555-01{number % 100:02d}",
                email=f"{given}.{family}.{spec.slug}{number}@example.test".lower(),
                address=f"{rng.randint(1, 999)} Example Street, Springfield",
                insurance_member_id=f"DEMO-INS-{number:05d}",
                user=user,
            )
            self._records(rng, patient, clinician)
            if number % 2:
                self._book(rng, patient, admin, practitioners)
            created += 1
        return created

    def _records(self, rng: random.Random, patient: Patient, clinician: Any) -> None:
        now = timezone.now()
        common = {"actor": clinician, "patient_id": patient.pk}
        for code, display, unit, ref, (low, high), upper in rng.sample(LABS, rng.randint(1, 3)):
            for months_ago in (rng.randint(7, 12), rng.randint(1, 5)):
                value = round(rng.uniform(low, high), 1)
                services.observation_record(
                    **common,
                    code=code,
                    display=display,
                    value=str(value),
                    unit=unit,
                    reference_range=ref,
                    interpretation="H" if value > upper else "N",
                    effective_at=now - timedelta(days=30 * months_ago + rng.randint(0, 20)),
                )
        for code, display, dosage in rng.sample(MEDICATIONS, rng.randint(0, 2)):
            services.medication_record(
                **common,
                code=code,
                display=display,
                dosage=dosage,
                effective_start=self.today - timedelta(days=rng.randint(60, 900)),
            )
        for code, display, category, criticality, reaction in rng.sample(
            ALLERGIES, rng.randint(0, 1)
        ):
            services.allergy_record(
                **common,
                code=code,
                display=display,
                category=category,
                criticality=criticality,
                reaction=reaction,
            )
        for code, display in rng.sample(CONDITIONS, rng.randint(0, 2)):
            services.condition_record(
                **common,
                code=code,
                display=display,
                onset_date=self.today - timedelta(days=rng.randint(200, 4000)),
            )
        for code, display in rng.sample(VACCINES, rng.randint(1, 2)):
            services.immunization_record(
                **common,
                code=code,
                display=display,
                occurrence_date=self.today - timedelta(days=rng.randint(30, 700)),
                lot_number=f"DEMO{rng.randint(1000, 9999)}",
            )

    def _book(
        self, rng: random.Random, patient: Patient, actor: Any, practitioners: list[Practitioner]
    ) -> None:
        practitioner = rng.choice(practitioners)
        start = timezone.now() + timedelta(days=rng.randint(1, WEEKS * 7 - 2))
        slots = selectors.free_slots(
            actor=actor,
            practitioner_id=practitioner.pk,
            start=start,
            end=start + timedelta(days=2),
        )
        if not slots:
            return
        slot = rng.choice(slots)
        # A clash with another demo booking is skipped: the demo has plenty.
        with contextlib.suppress(DomainError):
            services.appointment_book(
                actor=actor,
                patient_id=patient.pk,
                practitioner_id=practitioner.pk,
                start=slot.start,
                reason="Routine visit (demo)",
            )
