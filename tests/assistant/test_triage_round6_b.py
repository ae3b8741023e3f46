"""Round 6 (b): suicide, poisoning, seizure, headache and pregnancy as a new set said them.

Each family is a concept, written several ways in English, French and Spanish, next to the
look-alikes that must stay quiet: not being around any more with the decision taken, a sorry
sent from a height, self-harm that escalates, a week's pills swallowed at once, jerky
movements with drooling, early weeks said in the first person, a baby's kicks that stopped,
blood that is not a blood test.
"""

from __future__ import annotations

import pytest

from assistant.triage import check
from tests.assistant.triage_checks import fires_as, stays_quiet

SUICIDE_FINALITY = [
    "i have all the pills lined up on my desk and i dont think ill be here tomorrow",
    "please cancel my appointments, i won't be around anymore, i've made my decision",
    "i won't be here much longer, i have the pills ready",
    "cancel my friday slot, i wont be alive after tonight, my mind is made up",
    "annulez mon rendez-vous, je serai plus là demain, ma décision est prise",
    "je ne serai plus là, j'ai pris ma décision, dites à mes enfants que je les aime",
    "cancelen mi cita, ya no voy a estar aquí, ya tomé mi decisión",
    "mañana ya no voy a estar, ya lo decidí y estoy en paz",
    # The means bought, the place picked, no point.
    "whats the point anymore, i bought rope today and i already picked the beam",
    "à quoi bon, j'ai acheté une corde et j'ai choisi la poutre",
    "ya no le veo sentido, compré una soga y ya escogí la viga",
]
SUICIDE_FAREWELL_FROM_A_HEIGHT = [
    "my 15yo just sent me a photo from the top of the parking garage saying sorry mom, she won't pick up",
    "my son texted from the bridge saying goodbye and now his phone is off",
    "ma fille m'a envoyé une photo du toit de l'immeuble en disant pardon maman, elle répond pas",
    "mi hijo me mandó una foto desde el puente diciendo perdón mamá y no contesta",
]
SELF_HARM_ESCALATING = [
    "i keep cutting deeper each time and i dont even want to stop anymore",
    "ive been cutting myself more and i cant stop cutting",
    "je me coupe de plus en plus profond et je veux plus arrêter",
    "cada vez me corto más hondo y ya no quiero parar",
]
NOT_SUICIDE = [
    "i won't be around anymore on thursdays, i've made my decision to move to lyon",
    "i wont be here tomorrow, can we move my appointment to monday",
    "je serai plus là la semaine prochaine, je déménage, pouvez-vous transférer mon dossier",
    "ya no voy a estar aquí en agosto, me mudo, ¿me dan una copia del expediente?",
    "i sent my sister a photo from the top of the eiffel tower saying sorry you missed it",
    "we're cutting more carbs this month, any diet leaflet?",
    "je me coupe les cheveux plus souvent, rien à voir, juste une question sur ma facture",
]

OVERDOSE_SUPPLY_AT_ONCE = [
    "mon père s'est trompé et a avalé d'un coup tous ses cachets pour le cœur de la semaine",
    "my dad mixed up his pill organizer and took the whole week of pills at once",
    "grandma swallowed a week's worth of her blood pressure pills this morning",
    "mi abuelo se confundió y se tomó de una vez todas las pastillas de la semana",
    "ma mère a pris d'un coup toutes ses pilules du pilulier",
]
NOT_OVERDOSE = [
    "my brother's been sober 14 months after his overdose, any family counseling you'd recommend",
    "she's been clean for two years after her overdose, can she get a check up",
    "mon frère est sobre depuis un an après sa surdose, avez-vous un groupe de soutien",
    "mi hermano lleva un año limpio después de su sobredosis, ¿hay terapia familiar?",
    "can i get a weekly pill organizer for my dad's heart pills",
]

SEIZURE_JERKY_MOVEMENTS = [
    "ma blonde s'est effondrée et elle fait des mouvements saccadés, elle bave",
    "my dad collapsed and is making jerky movements and drooling",
    "she dropped to the floor, her arms and legs are jerking and she's drooling",
    "mi esposo se desplomó y hace movimientos bruscos, está babeando",
    "il est tombé par terre avec des mouvements saccadés, il bave",
]
NOT_SEIZURE = [
    "mi sobrino tuvo una convulsión por fiebre cuando tenía 2 años, ¿puede repetirse?",
    "my baby makes weird movements when sleeping and drools a lot, is that normal",
    "she has jerky movements in her legs at night when falling asleep",
    "he's drooling a lot since teething, any tips",
]

NOT_HEADACHE = [
    "i read about thunderclap headaches online and got worried i've never had one just regular ones",
    "Hi, I have a question. i read abuot thunderclap headaches online and got worried i've never had one",
    "j'ai lu sur les céphalées en coup de tonnerre, j'en ai jamais eu, juste des migraines",
]

PREGNANCY_EARLY_WEEKS = [
    "tengo 9 semanas y un dolor fortísimo de un lado de la panza y me siento desmayar",
    "i'm 7 weeks and have sharp pain on my left side and feel faint",
    "je suis à 8 semaines et j'ai une douleur atroce d'un côté, je vais m'évanouir",
    "estoy de 6 semanas y estoy sangrando mucho",
]
PREGNANCY_BLEEDING = [
    "33 SA et là j'ai du sang rouge vif qui coule le long de mes jambes, j'ai déjà rempli deux serviettes",
    "je suis enceinte de 30 semaines et il y a du sang partout",
    "im 35 weeks and i've gone through two pads in an hour",
    "36 semanas y estoy perdiendo mucha sangre, ya llené dos toallas",
]
PREGNANCY_MOVEMENTS = [
    "my wife is 30 weeks, she usually feels kicks all day but nothing at all since yesterday breakfast even after juice and lying on her side",
    "im 30 weeks pregnant and the baby is moving way less today",
    "je suis à 32 semaines, d'habitude il bouge beaucoup mais plus rien depuis hier soir",
    "enceinte de 34 semaines, le bébé bouge beaucoup moins depuis ce matin",
    "tengo 34 semanas, normalmente patea mucho pero nada desde anoche aunque tomé jugo",
    "estoy embarazada de 31 semanas y casi no se mueve desde ayer",
]
NOT_PREGNANCY = [
    "j'ai 30 semaines de grossesse, j'ai une prise de sang demain, faut-il être à jeun",
    "tengo 20 semanas y mañana tengo análisis de sangre, ¿debo ir en ayunas?",
    "i'm 8 weeks into my new job, can i book a physical",
    "i'm 28 weeks, baby is moving a lot, i've had nothing to eat since morning because of nausea, is that ok",
    "my grandpa is moving less since his hip surgery, can he get physio",
    "i am 7 weeks pregnant, can i book my first scan",
]
INFANT_NOT_PREGNANCY = [
    "mi bebé tiene 6 semanas y tiene fiebre de 38.5",
    "ma fille a 5 semaines et elle a 38,4 de fièvre",
]


@pytest.mark.parametrize(
    "message", SUICIDE_FINALITY + SUICIDE_FAREWELL_FROM_A_HEIGHT + SELF_HARM_ESCALATING
)
def test_finality_farewells_and_escalating_self_harm_are_suicide(message: str) -> None:
    fires_as("suicide_self_harm", message)


@pytest.mark.parametrize("message", NOT_SUICIDE)
def test_jokes_moves_and_haircuts_are_not_suicide(message: str) -> None:
    stays_quiet(message)


@pytest.mark.parametrize("message", OVERDOSE_SUPPLY_AT_ONCE)
def test_a_weeks_pills_at_once_is_an_overdose(message: str) -> None:
    fires_as("overdose_poisoning", message)


@pytest.mark.parametrize("message", NOT_OVERDOSE)
def test_months_of_sobriety_after_an_overdose_is_recovery(message: str) -> None:
    stays_quiet(message)


@pytest.mark.parametrize("message", SEIZURE_JERKY_MOVEMENTS)
def test_collapse_with_jerky_movements_and_drooling_is_a_seizure(message: str) -> None:
    fires_as("seizure_unconscious", message)


@pytest.mark.parametrize("message", NOT_SEIZURE + NOT_HEADACHE)
def test_past_seizures_sleep_twitches_and_headaches_read_about_stay_quiet(message: str) -> None:
    stays_quiet(message)


@pytest.mark.parametrize(
    "message", PREGNANCY_EARLY_WEEKS + PREGNANCY_BLEEDING + PREGNANCY_MOVEMENTS
)
def test_early_weeks_heavy_bleeding_and_stopped_kicks_are_pregnancy(message: str) -> None:
    fires_as("pregnancy", message)


@pytest.mark.parametrize("message", NOT_PREGNANCY)
def test_blood_tests_new_jobs_and_an_active_baby_are_not_pregnancy(message: str) -> None:
    stays_quiet(message)


@pytest.mark.parametrize("message", INFANT_NOT_PREGNANCY)
def test_a_babys_age_in_weeks_is_not_a_pregnancy(message: str) -> None:
    fires_as("infant_fever", message)


@pytest.mark.parametrize(
    "message",
    [
        "hi quick question about parking. i have all the pills lined up and i dont tihnk ill be here tomorrow",
        "bonjour question sur mon rendez vous. 33 sa et j'ai du sang rouge qui coule, j'ai rempli deux sreviettes",
        "hola una pregunta. tengo 34 semanas normalmente patea mucho pero nada desde anoche",
    ],
)
def test_buried_lowercase_and_mistyped_still_fire(message: str) -> None:
    assert check(message).emergency, message


@pytest.mark.parametrize(
    "message",
    [
        "i want to die lol",
        "that exam killed me, i want to die lol, anyway can i get a note for missing class",
        "j'ai raté mon bus, j'ai envie de mourir mdr",
        "perdí el examen, me quiero morir jajaja",
    ],
)
def test_a_death_wish_with_a_laugh_still_fires(message: str) -> None:
    # A deliberate choice: a laugh is how many people hide what they mean.
    fires_as("suicide_self_harm", message)
