"""Families of phrasings for each red flag, and the look-alikes of each that must stay quiet.

Each family is written as a handful of wordings in English, French and Spanish, so that a
rule fixed for one sentence is checked against the ones a patient would type instead.
"""

from __future__ import annotations

import pytest

from assistant.triage.language import clear_language
from tests.assistant.triage_checks import fires_as, stays_quiet

CHEST_PRESSURE = [
    "there's a squeezing pressure in the middle of my chest spreading to my jaw",
    "heavy pressure in the centre of my chest",
    "pain behind my breastbone going into my left arm",
    "it feels like someone is sitting on my chest",
    "feels like my heart is being squeezed",
    "j'ai une pression au milieu de la poitrine qui remonte dans la mâchoire",
    "une grosse douleur en plein milieu de la poitrine",
    "ma poitrine est prise dans un étau",
    "j'ai une douleur qui me broie la poitrine",
    "siento una presión en medio del pecho que se me va a la mandíbula",
    "tengo un dolor en el centro del pecho que me baja por el brazo izquierdo",
    "como si tuviera un elefante encima del pecho",
]
NOT_CHEST_PRESSURE = [
    "can I book a chest x-ray?",
    "I have a chest infection with a cough, need antibiotics",
    "j'ai besoin d'une radio du thorax",
    "necesito una radiografía de tórax",
    "I have mild chest pain when I cough, probably a cold",
    "j'ai un peu mal à la poitrine quand je tousse",
    "me duele un poco el pecho al toser, tengo un resfriado",
]


@pytest.mark.parametrize("message", CHEST_PRESSURE)
def test_chest_pressure_in_everyday_words_is_cardiac(message: str) -> None:
    fires_as("cardiac", message)


@pytest.mark.parametrize("message", NOT_CHEST_PRESSURE)
def test_chest_tests_and_a_mild_ache_with_a_cold_stay_quiet(message: str) -> None:
    stays_quiet(message)


def test_any_chest_pain_without_a_mild_word_and_an_ordinary_cause_still_fires() -> None:
    fires_as("cardiac", "I have chest pain when I cough")
    fires_as("cardiac", "crushing chest pain, a bit sweaty, I have a cold")


FACE_DROOPING = [
    "one side of her face has dropped",
    "his face is sagging on one side",
    "her mouth is pulled to one side and she can't talk properly",
    "my wife can't smile properly, one side droops",
    "sa bouche s'est tordue d'un coup",
    "un côté de son visage est tombé",
    "le coin de sa bouche tombe et il bafouille",
    "elle ne peut plus sourire d'un côté",
    "a mi abuela se le torció la boca de repente y no puede hablar",
    "se le cayó un lado de la cara",
    "se le paralizó la mitad de la cara",
    "mi abuela no puede sonreír de un lado",
]
NOT_FACE_DROOPING = [
    "his face fell when he heard the news",
    "mon visage est tombé quand j'ai vu la facture",
    "se me cae la cara de vergüenza",
    "one side of my face is numb after the dentist",
    "j'ai la bouche engourdie après le dentiste",
    "tengo la boca dormida por la anestesia del dentista",
]


@pytest.mark.parametrize("message", FACE_DROOPING)
def test_a_face_drooping_on_one_side_is_a_stroke(message: str) -> None:
    fires_as("stroke", message)


@pytest.mark.parametrize("message", NOT_FACE_DROOPING)
def test_a_falling_face_of_disappointment_or_the_dentist_stays_quiet(message: str) -> None:
    stays_quiet(message)


HEAVY_BLEEDING = [
    "there's so much blood",
    "it's bleeding like crazy",
    "the towel is soaked in blood and it's still going",
    "massive bleeding from his leg after the accident",
    "il y a plein de sang partout",
    "ça pisse le sang",
    "le sang coule à flots",
    "me corté el brazo y sale mucha sangre, no para",
    "está sangrando a chorros",
    "hay un charco de sangre, se cortó con un cuchillo",
]
NOT_HEAVY_BLEEDING = [
    "they took a lot of blood for my tests",
    "on m'a pris beaucoup de sang pour le bilan",
    "me sacaron mucha sangre para los análisis",
    "a little blood when I brush my teeth",
    "no hay mucha sangre, solo un rasguño",
    "not a lot of blood, just a scratch",
]


@pytest.mark.parametrize("message", HEAVY_BLEEDING)
def test_how_much_blood_in_everyday_words_is_bleeding(message: str) -> None:
    fires_as("bleeding", message)


@pytest.mark.parametrize("message", NOT_HEAVY_BLEEDING)
def test_blood_taken_for_tests_or_a_little_blood_stays_quiet(message: str) -> None:
    stays_quiet(message)


SWALLOWED_CHEMICALS = [
    "my toddler drank some drain cleaner",
    "she swallowed a button battery",
    "my son swallowed dishwasher liquid",
    "ma fille a avalé des produits ménagers",
    "ma fille a avalé du liquide vaisselle",
    "il a avalé une capsule de lessive",
    "mon fils a ingéré du white spirit",
    "mi hijo se bebió el limpiador del baño",
    "mi niño tragó una pila de botón",
    "se tomó un producto de limpieza",
]
NOT_SWALLOWED_CHEMICALS = [
    "which cleaning products are safe to use around a newborn?",
    "is bleach safe to clean the baby's toys?",
    "je cherche un produit ménager sans danger pour bébé",
    "mon fils a mangé une pile de crêpes",
    "se comió una pila de galletas",
    "¿qué pasa si un niño bebe lejía?",
    "que faire si mon enfant avale un produit ménager ?",
    "my son swallowed his gum, is that ok?",
]


@pytest.mark.parametrize("message", SWALLOWED_CHEMICALS)
def test_a_swallowed_household_product_is_poisoning(message: str) -> None:
    fires_as("overdose_poisoning", message)


@pytest.mark.parametrize("message", NOT_SWALLOWED_CHEMICALS)
def test_questions_about_household_products_and_piles_of_food_stay_quiet(message: str) -> None:
    stays_quiet(message)


SUICIDAL_EUPHEMISMS = [
    "I've been thinking about ending it all tonight",
    "I'm going to take my own life",
    "everyone would be better off if I was gone",
    "there's no reason for me to be alive",
    "I have pills saved up to end it",
    "je n'ai plus envie d'exister",
    "je vais me foutre en l'air",
    "tout le monde serait mieux sans moi",
    "je n'ai plus de raison de vivre",
    "j'ai écrit une lettre d'adieu",
    "quiero terminar con todo",
    "ya no puedo más quiero morir",
    "no le encuentro sentido a la vida",
    "me quiero colgar",
    "quiero acabar con mi vida esta noche",
]
NOT_SUICIDAL = [
    "I want to end my contract with this pharmacy",
    "I'm sick of living with this back pain, can I get a referral?",
    "this paperwork makes me want to die",
    "je veux en finir avec ces papiers",
    "j'en ai marre de vivre avec cette douleur au dos",
    "ce dossier me donne envie de mourir",
    "quiero terminar con mi tratamiento de fisioterapia",
    "quiero acabar con todo el papeleo hoy",
    "este papeleo me da ganas de morirme",
    "mi amigo intentó suicidarse el año pasado",
]


@pytest.mark.parametrize("message", SUICIDAL_EUPHEMISMS)
def test_the_euphemisms_for_suicide_are_suicide(message: str) -> None:
    fires_as("suicide_self_harm", message)


@pytest.mark.parametrize("message", NOT_SUICIDAL)
def test_ending_a_contract_or_a_thing_that_is_a_pain_stays_quiet(message: str) -> None:
    stays_quiet(message)


def test_pain_or_depression_that_makes_someone_want_to_die_is_not_a_figure_of_speech() -> None:
    fires_as("suicide_self_harm", "this pain makes me want to die")
    fires_as("suicide_self_harm", "la depresión me da ganas de morir")


MENINGITIS_SIGNS = [
    "terrible headache with a stiff neck and fever",
    "neck stiffness, fever and vomiting",
    "rash that doesn't fade when I press a glass on it",
    "bad headache, stiff neck and the light hurts my eyes",
    "mal de tête, fièvre et nuque raide",
    "il a de la fièvre et ne peut pas plier le cou",
    "ma fille a de la fièvre et des taches violettes qui ne s'effacent pas",
    "dolor de cabeza, fiebre y rigidez en la nuca",
    "mi hijo tiene fiebre y no puede doblar el cuello",
    "tiene fiebre y unas manchitas que no se quitan al apretar",
    "creo que tiene meningitis",
]
NOT_MENINGITIS = [
    "stiff neck from sleeping wrong, can I see a physio?",
    "j'ai la nuque raide après le sport",
    "tengo el cuello rígido por el estrés",
    "can I get the meningitis vaccine before university?",
    "mon fils doit faire le vaccin contre la méningite",
    "¿cuándo le toca la vacuna de la meningitis?",
    "what are the symptoms of meningitis?",
    "I had meningitis as a child",
]


@pytest.mark.parametrize("message", MENINGITIS_SIGNS)
def test_meningitis_signs_raise_the_headache_alarm(message: str) -> None:
    fires_as("headache", message)


@pytest.mark.parametrize("message", NOT_MENINGITIS)
def test_a_stiff_neck_alone_a_vaccine_or_a_question_stays_quiet(message: str) -> None:
    stays_quiet(message)


INFANT_FEVER = [
    "my baby was born 3 weeks ago and has a fever",
    "my 5 week old is burning up",
    "ma fille de 15 jours a de la fièvre",
    "mon bébé né il y a 2 semaines a de la fièvre",
    "bébé de 1 mois et demi, 38,2 de température",
    "mon bébé de 6 semaines est chaud et ne boit plus",
    "mi bebé nació hace 3 semanas y tiene fiebre",
    "bebé de quince días con calentura",
    "mi bebita de 3 semanas está ardiendo en fiebre",
    "mi bebé de 7 semanas está caliente y no quiere comer",
]
NOT_INFANT_FEVER = [
    "my 5 year old has had a fever for two weeks",
    "mon fils de 6 ans a de la fièvre depuis deux semaines",
    "mi hijo de 4 años tiene fiebre desde hace dos semanas",
    "mon bébé de 2 mois n'a pas de fièvre, juste le nez qui coule",
    "mi bebé de un mes tiene los mocos, sin fiebre",
    "¿cuál es la temperatura normal de un recién nacido?",
]


@pytest.mark.parametrize("message", INFANT_FEVER)
def test_fever_in_a_baby_under_three_months_fires_in_every_wording(message: str) -> None:
    fires_as("infant_fever", message)


@pytest.mark.parametrize("message", NOT_INFANT_FEVER)
def test_how_long_a_fever_lasted_is_not_a_babys_age(message: str) -> None:
    stays_quiet(message)


CHOKING_ON_SOMETHING = [
    "my toddler swallowed a grape and can't breathe",
    "my toddler swallowed a grape, can't breathe",
    "he swallowed a marble and is turning blue",
    "my son put a marble in his mouth and now he can't breathe",
    "my daughter can't breathe, she was eating popcorn",
    "mon fils a avalé une bille et n'arrive plus à respirer",
    "elle a avalé de travers et devient toute bleue",
    "mi hijo se tragó una canica y no puede respirar",
    "se le fue algo por el otro lado y no respira",
    "mi bebé se atoró con un juguete",
]
NOT_CHOKING_NOW = [
    "my son swallowed a grape seed, is that ok?",
    "I choked on my coffee this morning, all fine now",
    "mi bebé a veces se atraganta con la leche pero luego está bien",
    "I almost choked laughing at that joke",
    "how can I tell if my child is choking or just coughing?",
    "¿cómo saber si un niño se está atragantando?",
]


@pytest.mark.parametrize("message", CHOKING_ON_SOMETHING)
def test_something_swallowed_then_no_breath_is_choking_not_breathing(message: str) -> None:
    fires_as("choking", message)


@pytest.mark.parametrize("message", NOT_CHOKING_NOW)
def test_a_choking_episode_that_is_over_habitual_or_asked_about_stays_quiet(
    message: str,
) -> None:
    stays_quiet(message)


def test_a_sting_or_a_food_then_no_breath_is_anaphylaxis() -> None:
    fires_as("anaphylaxis", "je gonfle de partout et j'ai du mal à avaler après la piqûre")
    fires_as("anaphylaxis", "stung by a wasp and I can't breathe")


MILD_BREATHLESSNESS = [
    "I get a bit short of breath climbing stairs lately, can I see a doctor this week?",
    "slightly breathless when I run, is that my asthma?",
    "je suis un peu essoufflé quand je monte les escaliers",
    "me falta un poco el aire al subir escaleras últimamente",
]
SEVERE_BREATHLESSNESS = [
    "severe shortness of breath, can't finish a sentence",
    "I'm short of breath even at rest",
    "je suis très essoufflé, même au repos",
    "me falta el aire y tengo los labios azules",
    "mi bebé no respira",
]


@pytest.mark.parametrize("message", MILD_BREATHLESSNESS)
def test_mild_breathlessness_on_effort_stays_quiet(message: str) -> None:
    stays_quiet(message)


@pytest.mark.parametrize("message", SEVERE_BREATHLESSNESS)
def test_breathlessness_without_a_mild_word_still_fires(message: str) -> None:
    fires_as("breathing", message)


READ_OR_HEARD_OR_ASKED = [
    "I read that a bee sting can cause anaphylaxis, should I carry an epipen?",
    "j'ai lu qu'une piqûre de guêpe peut provoquer un choc anaphylactique",
    "leí que una picadura de abeja puede causar anafilaxia",
    "is chest pain always a heart attack?",
    "can anxiety cause chest tightness?",
    "est-ce qu'une crise d'angoisse peut ressembler à un infarctus ?",
    "quels sont les singes d'un avc",
    "my mum is having a stroke of luck at bingo lol",
]


@pytest.mark.parametrize("message", READ_OR_HEARD_OR_ASKED)
def test_something_read_heard_or_asked_in_general_stays_quiet(message: str) -> None:
    stays_quiet(message)


@pytest.mark.parametrize(
    ("category", "message"),
    [
        ("breathing", "what is the parking fee i cant breathe"),
        (
            "seizure_unconscious",
            "hi what are your opening hours my dad collapsed and isnt breathing",
        ),
        ("seizure_unconscious", "what are your opening hours, my dad collapsed and isnt breathing"),
        ("choking", "bonjour quels sont vos horaires ma fille s'étouffe"),
        ("breathing", "hola cuales son los horarios mi hijo no puede respirar"),
        ("cardiac", "my father had a heart attack last year and today I have crushing chest pain"),
        ("anaphylaxis", "I read about anaphylaxis and now my throat is closing"),
    ],
)
def test_a_routine_question_or_old_story_in_a_run_on_does_not_hide_a_report(
    category: str, message: str
) -> None:
    fires_as(category, message)


SOMEONE_ELSE_A_FEW_DAYS_AGO = [
    "my colleague had a severe allergic reaction at lunch yesterday, I want to get tested",
    "my best friend overdosed two days ago, she's stable now",
    "mon collègue a fait une réaction allergique grave hier au restaurant",
    "ma collègue s'est évanouie hier au bureau",
    "mi compañero tuvo una reacción alérgica grave ayer en la oficina",
    "mi tía se desmayó el otro día, ¿puede verla un médico?",
]


@pytest.mark.parametrize("message", SOMEONE_ELSE_A_FEW_DAYS_AGO)
def test_someone_else_a_few_days_ago_stays_quiet(message: str) -> None:
    stays_quiet(message)


def test_someone_else_now_or_since_yesterday_or_a_recent_overdose_still_fires() -> None:
    fires_as("anaphylaxis", "my colleague is having a severe allergic reaction right now")
    fires_as("headache", "my son has had a fever since yesterday and his neck is stiff")
    fires_as("overdose_poisoning", "my son took 20 pills yesterday")


def test_a_swap_inside_a_common_word_is_that_word_not_a_rule_word() -> None:
    # "stroe" is "store" mistyped, not "stroke"; "rgíido" is "rígido", a stem form.
    stays_quiet("how should i stroe my insulin")
    fires_as("headache", "fiebre vómitos y la nuca rgíida")
    fires_as("stroke", "mon père a le visage qui tmobe d'un côté")


def test_a_message_whose_language_is_unclear_keeps_the_words_of_all_three() -> None:
    # One function word each for fr, es and en: "rendre" must not become "pendre".
    assert clear_language("mes enfants vont me rendre folle") is None
    assert clear_language("je voudrais un rendez-vous") == "fr"
    stays_quiet("mes enfants vont me rendre folle")
