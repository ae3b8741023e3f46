"""Round 5 of the redaction grammars: families of formats from the blind2 split, written as
new examples (none is a line of the split): separators and dates, structured log text (DICOM,
HL7 providers, semicolon rows, display names, file names), ids by shape, addresses in other
orders and languages, places by their cues, names by what is said of them; and the look-alikes
each mechanism must leave alone."""

from __future__ import annotations

import pytest

from compliance.redaction import redact_text

# (text, what the fast tier must make of it)
FOUND = [
    # Separators and dates: a dash with spaces, day-month-year run together, Roman months,
    # a quote after the year, a date in a file name, a format string that is no date.
    ("my ss number is 412 - 58 - 7730, please update", "my ss number is [SSN], please update"),
    ("new cell 617 - 555 - 0199 from today", "new cell [PHONE] from today"),
    ("born 27JUN31 per the old chart", "born [DATE] per the old chart"),
    ("dob 3-vii-1938 on the intake form", "dob [DATE] on the intake form"),
    ("scan saved as ./inbox/OKAFOR_NNEKA_19390214.tif -> ok", "scan saved as ./inbox/[NAME]_[NAME]_[DATE].tif -> ok"),
    ("parse error: time data '5th of March 1931' does not match format '%d/%m/%Y' (field=dob)", "parse error: time data '[DATE]' does not match format '%d/%m/%Y' (field=dob)"),
    ("dob was 'Mar 3rd '31' per chart", "dob was '[DATE]' per chart"),
    ("Discharge planned, disch 14.03.24", "Discharge planned, disch [DATE]"),
    # Structure: DICOM keys, HL7 providers (XCN) and contacts, semicolon rows, quoted
    # "Surname, Given" fields, a search for a person, an e-mail display name, login keys, a
    # field named beside its value.
    ("pacs.query PatientName=OYELARAN^TEMI PatientAge=097Y Modality=DX", "pacs.query PatientName=[NAME] PatientAge=[AGE_OVER_89] Modality=DX"),
    ("OBR|1|ZX88120|||||||||||||7731904455^KOWALSKA^IRENA^^^^MD", "OBR|1|[OTHER_ID]|||||||||||||[OTHER_ID]^[NAME]^[NAME]^^^^MD"),
    ("OBX|5|ST|NOK^Next of kin||Femi Adeyemi 617-555-0142||||||F", "OBX|5|ST|NOK^Next of kin||[NAME] [PHONE]||||||F"),
    ("import line 7: X4471200;DUVALL;PERPETUA;1930-05-02;pd@example.org;617-555-0177 -> skipped", "import line 7: [OTHER_ID];[NAME];[NAME];[DATE];[EMAIL];[PHONE] -> skipped"),
    ('report "Haddad, Rima","1931-02-09","12 Elm St","Reno","89501","775-555-0100"', 'report "[NAME]","[DATE]","[ADDRESS]","[CITY]","[ZIP]","[PHONE]"'),
    ("GET /api/v2/people?q=Ines+Quarshie&limit=5 200", "GET /api/v2/people?q=[NAME]&limit=5 200"),
    ('job.done assigned_to="R.T. Mbeki" status=ok', 'job.done assigned_to="[NAME]" status=ok'),
    ('"K.J. Osei" <kjo@example.net> bounced', '"[NAME]" <[EMAIL]> bounced'),
    ("auth.ok sub=ines.q.77 scope=portal", "auth.ok sub=[USERNAME] scope=portal"),
    ("record.edit by=mkowal_rn field=phone", "record.edit by=[USERNAME] field=phone"),
    ('sync.error {"field":"patient.memberId","value":"QPX-4410-22","error":"bad"}', 'sync.error {"field":"patient.memberId","value":"[HEALTH_PLAN_ID]","error":"bad"}'),
    # Identifiers by shape and key: letters and digit groups, dotted ids, request paths,
    # grouped serials, HIBC labels, home-directory logins, plates of letters after a plate's
    # key, French and Spanish key words.
    ("my old claim ticket is VT-4452-9910 and it never got fixed", "my old claim ticket is [OTHER_ID] and it never got fixed"),
    ("ref code kpm.55120.z from the front desk", "ref code [OTHER_ID] from the front desk"),
    ("GET /v/share/7310Q4421 302", "GET /v/share/[OTHER_ID] 302"),
    ("cgm key=QWER-7Z9K-L0PA pushed", "cgm key=[OTHER_ID] pushed"),
    ("pump serial +H123ABC1D2/$$0812345A7766 flagged", "pump serial [DEVICE_ID] flagged"),
    ("login is ~odalysfenwick and it fails", "login is [USERNAME] and it fails"),
    ("car towed, plate LQ 41177 on the report", "car towed, plate [VEHICLE_ID] on the report"),
    ("LPR read=GRAMPA7 lane=1", "LPR read=[VEHICLE_ID] lane=1"),
    ("vehicle plate GRAMPS at the gate", "vehicle plate [VEHICLE_ID] at the gate"),
    ("ma carte de mutuelle: MUT-77120-4, numéro de compte 881204-551-09", "ma carte de mutuelle: [HEALTH_PLAN_ID], numéro de compte [ACCOUNT_NUMBER]"),
    ("mi número de seguro social es 412-58-7730", "mi número de seguro social es [SSN]"),
    ("pt lives at Flat 9, 27 Larkspur Close, Leeds LS6 2AB", "pt lives at [ADDRESS], [CITY] [ZIP]"),
    # Addresses and places: the unit first, a weak street type before a unit, French and
    # Spanish streets, the place moved from, "en"/"à", a branch office, a town that ends the
    # clause, pipe-separated fields, UK postcodes.
    ("address change: unit 4, 1120 Maple Ave, Reno 89501", "address change: [ADDRESS], [CITY] [ZIP]"),
    ("shipped to 88 Cedar Knoll Ste. 12 yesterday", "shipped to [ADDRESS] yesterday"),
    ("vivimos en Urb. Villa Carolina, Calle 31 #2-14, Carolina", "vivimos en [ADDRESS], [CITY]"),
    ("nuevo domicilio Av. Reforma 2210, Int. 4", "nuevo domicilio [ADDRESS]"),
    ("j'habite au 100 rue des Lilas, 4e étage", "j'habite au [ADDRESS], 4e étage"),
    ("moved back to Fresno from Tacoma last spring", "moved back to [CITY] from [CITY] last spring"),
    ("estamos en Tegucigalpa con mi mamá", "estamos en [CITY] con mi mamá"),
    ("is dr imbert still at the tulsa office?", "is dr [NAME] still at the [CITY] office?"),
    ("retired, lives alone at 19 Pine Rd, Alliance. Walks daily.", "retired, lives alone at [ADDRESS], [CITY]. Walks daily."),
    ("geo ok q=77 Birch Ave|Fresno|93650 acc=high", "geo ok q=[ADDRESS]|[CITY]|[ZIP] acc=high"),
    ("Pt relocated from Bakersfield last year.", "Pt relocated from [CITY] last year."),
    ("O: Ifeoma reports less pain today.", "O: [NAME] reports less pain today."),
    # Names: what a note says a person did, "goes by", "née", "my doctor is", a greeting and
    # "c'est", a credential before a name, "SURNAME, Given" after a cue, a middle initial, a
    # kinship word and an age, a role ("staff member", "surrogate decision-maker").
    ("PT eval: Olusegun ambulated 200 ft with RW.", "PT eval: [NAME] ambulated 200 ft with RW."),
    ("is tamsin the nurse on tonight?", "is [NAME] the nurse on tonight?"),
    ("odalys quarshie passed away in march, please close her chart", "[NAME] passed away in march, please close her chart"),
    ("Son goes by Bubba; he drives her.", "Son goes by [NAME]; he drives her."),
    ("Pt Ada Nwosu (née Okafor) seen today.", "Pt [NAME] (née [NAME]) seen today."),
    ("mi doctora es Quarshie y no contesta", "mi doctora es [NAME] y no contesta"),
    ("bonjour c'est amadou, je voudrais un rdv", "bonjour c'est [NAME], je voudrais un rdv"),
    ("visiting RN Oyelaran Temi will see pt Tuesday", "visiting RN [NAME] will see pt Tuesday"),
    ("intake RN Odile K. will call family.", "intake RN [NAME]. will call family."),
    ("Pt: OKONKWO, Chidi | MRN 4471200", "Pt: [NAME] | MRN [MRN]"),
    ("Letters keep coming for Odalys M. Fenwick at this address.", "Letters keep coming for [NAME] at this address."),
    ("uncle bubba is 96 and still drives", "uncle [NAME] is [AGE_OVER_89] and still drives"),
    ("grandma zizi (93) fell at home", "grandma [NAME] ([AGE_OVER_89]) fell at home"),
    ("Collateral from staff member Quarshie, Ines (ext 44).", "Collateral from staff member [NAME] (ext 44)."),
    ("Surrogate decision-maker Femi Adeyemi was present.", "Surrogate decision-maker [NAME] was present."),
    ("mi esposo anselmo tiene turno el 3/9", "mi esposo [NAME] tiene turno el [DATE]"),
    ("je suis odalys, la fille de mme quist", "je suis [NAME], la fille de mme [NAME]"),
    ("referred by Quarshie, Ines K., NP, for follow-up", "referred by [NAME]., NP, for follow-up"),
    ("hey, temi oyelaran here, about my refill", "hey, [NAME] here, about my refill"),
    ("bonjour c'est Amina al-Khatib pour un rdv", "bonjour c'est [NAME] pour un rdv"),
    ("Collateral from staff member Sunny T. (ext 12).", "Collateral from staff member [NAME]. (ext 12)."),
    ("hola soy pat quezada, necesito cita", "hola soy [NAME], necesito cita"),
    ("this is oyin k. bello writing for my dad", "this is [NAME] writing for my dad"),
    ("is amara okafor still working there?", "is [NAME] still working there?"),
    ("pls have Zuri Mensah call me after 5", "pls have [NAME] call me after 5"),
    ("SH: lives w/ daughter Ines in Hollister; retired.", "SH: lives w/ daughter [NAME] in [CITY]; retired."),
]  # fmt: skip

# Look-alikes: must come out as they went in.
KEPT = [
    "ambulates w/ cane, transfers w/ RW and CGA",
    "S: 71yo M c/o BLE edema x2 wks",
    "transferred to Rm 214, bed 1",
    "my husband works nights and sleeps days",
    "no habla inglés, necesita intérprete",
    "je suis malade depuis lundi, je suis en vacances ici",
    "estamos en casa desde ayer",
    "hi its mrs the one who called aobut the rash",
    "Todd's paralysis resolved within 6 hours",
    "de Quervain's tenosynovitis, Finkelstein positive",
    "Braden 14, reposition q2h",
    "Morse 45, bed alarm on",
    "Labs returned normal. Nursing reports no events overnight.",
    "Patient reports pain 6/10. Family states she fell.",
    "the pump reports an error code",
    "she works at the main office and the dental clinic",
    "dicom.store Modality=CR Rows=512",
    "migrate portal 0031_message_read_at ... OK",
    "INFO deploy release=03.04 env=staging by=ci",
    "GET /api/v1/kb/articles?q=asthma&page=2 200 34ms",
    "GET /api/v1/kb/articles/2024 200",
    "GET /static/js/main.3f2a9c1b.js 200",
    "ValueError: bad format '%Y-%m-%d' (field=birth_date)",
    "take ~half a tab at night",
    "NT-proBNP 4120, LOINC 33762-6, COVID-19 PCR neg",
    "NDC 0173-0682-20, ICD-10 G20.A1",
    "screen 1920x1080, Windows 10.0.19045.4291",
    "RN will call back tomorrow",
    "OBX|1|CE|38341003^Hypertension^SCT||Y||||||F",
    "Na 128; K 3.1; Mg 1.4; glucose 214",
    "mi papá tuvo un derrame y mi esposo tiene cita",
    "gate 12, room 4, suite 100 at noon",
    "mi papá tuvo un derrame hace dos años",
    "mi hija tiene fiebre desde ayer",
    "je suis malade, la tête me tourne",
    "Weber B ankle fracture, Ottawa ankle rules negative",
    "ok metoprolol tablets here",
    "called so many times about it",
    "pls have the nurse call me back",
    "is my metformin still working there",
    "lives with her daughter in town",
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_round5_mechanisms_find_the_identifier(text: str, expected: str) -> None:
    assert redact_text(text, tier="fast") == expected


@pytest.mark.parametrize("text", KEPT)
def test_round5_look_alikes_survive(text: str) -> None:
    assert redact_text(text, tier="fast") == text


def test_round5_redaction_is_idempotent() -> None:
    for text, _ in FOUND:
        once = redact_text(text, tier="fast")
        assert redact_text(once, tier="fast") == once


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("he's 81 and on Eliquis and Lasix, is that ok", "Lasix", "NAME"),
        ("Bishop score 8, Pitocin started at 2 mU/min", "Pitocin", "NAME"),
        ("Narcan kit given, teaching done", "Narcan", "CITY"),
        ("Trendelenburg sign positive L, hip abductors 4-/5", "L", "CITY"),
        ("kafka topic=vitals partition=3 key=P19", "kafka", "NAME"),
    ],
)
def test_full_tier_drops_model_results_that_are_drugs_sides_or_log_words(
    text: str, value: str, label: str
) -> None:
    from compliance.redaction.full import _keep_model_result

    start = text.index(value)
    assert not _keep_model_result(text, start, start + len(value), label)


def test_full_tier_keeps_a_model_name_beside_a_drug() -> None:
    from compliance.redaction.full import _keep_model_result

    text = "seen by Okonkwo today, started on metformin"
    start = text.index("Okonkwo")
    assert _keep_model_result(text, start, start + len("Okonkwo"), "NAME")
