"""Round 6 (a): families found missing on a realistic set, and shared context look-alikes.

Each family is a concept, written in wordings of our own in English, French and Spanish
(the chest named with its slang and the pain climbing to the jaw, tree nuts as allergy
triggers, swelling named before the body part, current through the body in plain words, a
kettle burn with big blisters, a silent cough after something went into the mouth), with
look-alikes that must stay quiet: what a name stands for, a school project, a screening, how
long healing takes, an age in the past, sobriety, a fright in a film, an expected swelling.
"""

from __future__ import annotations

import pytest

from assistant.triage import check
from tests.assistant.triage_checks import fires_as, stays_quiet

CARDIAC = [
    "il a comme un étau dans le poitrail et il sue à grosses gouttes",
    "mon père se frotte la poitrine et ça lui monte dans le bras gauche",
    "ma tante se tient la poitrine, elle est devenue toute blanche",
    "elle dit que ça lui serre la poitrine jusqu'à la mâchoire",
    "my husband is holding his chest and he's gone all white",
    "pressure in his chest going all the way up to his jaw",
    "mi abuelo se agarra el pecho y se puso todo blanco",
    "le aprieta el pecho hasta la mandíbula",
]
NOT_CARDIAC = [
    "le poitrail de mon chien est tout blanc, c'est normal?",
    "my face went white when I saw the bill, anyway can I book a checkup",
    "j'ai mal à la mâchoire depuis le dentiste, je voudrais un rendez-vous",
]


@pytest.mark.parametrize("message", CARDIAC)
def test_chest_slang_and_pain_climbing_to_the_jaw_is_cardiac(message: str) -> None:
    fires_as("cardiac", message)


@pytest.mark.parametrize("message", NOT_CARDIAC)
def test_a_pale_face_or_a_sore_jaw_alone_stays_quiet(message: str) -> None:
    stays_quiet(message)


ANAPHYLAXIS = [
    "she ate a cookie with almonds and now her face is puffing up and she's wheezing",
    "my son had pistachios and has a swollen tongue and a hoarse voice",
    "he bit into a cashew and his eyes are swelling shut",
    "il a mangé des noix de cajou, il a les yeux gonflés et la voix rauque",
    "après des amandes, ma fille a les paupières enflées et du mal à avaler",
    "comió almendras y tiene los ojos hinchados y le silba el pecho",
    "mi hijo probó avellanas y tiene la voz ronca y ronchas por todo el cuerpo",
]
NOT_ANAPHYLAXIS = [
    "my face is still swollen from the wisdom tooth extraction, is that normal",
    "j'ai la lèvre enflée depuis l'extraction dentaire d'hier, le dentiste dit que c'est normal",
    "tengo la cara hinchada por la cirugía de muelas del juicio",
    "are almonds safe for a toddler to eat?",
]


@pytest.mark.parametrize("message", ANAPHYLAXIS)
def test_tree_nuts_and_swelling_named_first_are_anaphylaxis(message: str) -> None:
    fires_as("anaphylaxis", message)


@pytest.mark.parametrize("message", NOT_ANAPHYLAXIS)
def test_an_expected_swelling_after_dental_work_stays_quiet(message: str) -> None:
    stays_quiet(message)


BURN = [
    "my dad got zapped by a live wire in the garage and his hand has a burn",
    "he grabbed a power line and was thrown back",
    "mon frère a pris le courant en changeant une prise, il a la main brûlée",
    "ma voisine a touché un fil dénudé et elle a été électrisée",
    "a mi tío le dio la corriente un cable pelado",
    "ma fille a renversé la casserole d'eau chaude, elle a de grosses cloques sur les jambes",
    "spilled a pot of hot tea on his lap, huge blisters",
    "se le cayó la tetera encima y tiene ampollas grandes en el brazo",
    "il a des brûlures noires sur la main après l'explosion",
    "his burns look black and leathery after the fire",
]
NOT_BURN = [
    "got zapped by static from the car door lol",
    "my phone charger is 5 volts, can it hurt my baby?",
    "j'ai besoin d'un coup de jus, je suis crevé, un rendez-vous samedi?",
    "how long does a second degree burn take to heal? mine is from a month ago",
]


@pytest.mark.parametrize("message", BURN)
def test_current_through_the_body_and_kettle_burns_are_burns(message: str) -> None:
    fires_as("burn", message)


@pytest.mark.parametrize("message", NOT_BURN)
def test_static_shocks_and_healing_questions_stay_quiet(message: str) -> None:
    stays_quiet(message)


CHOKING = [
    "my son swallowed a marble and now he's coughing but no sound comes out",
    "she put a grape in her mouth and is making no noise, going blue",
    "mon fils a avalé une pièce, il tousse sans bruit",
    "ma fille s'est mis un bonbon dans la bouche et ne fait aucun bruit",
    "mi niña se metió una canica a la boca y no hace ningún ruido",
    "el bebé se tragó un botón y tose sin ruido",
]


@pytest.mark.parametrize("message", CHOKING)
def test_a_silent_cough_after_something_in_the_mouth_is_choking(message: str) -> None:
    fires_as("choking", message)


LOOK_ALIKES = [
    # What a name stands for, a school project, a screening.
    "what does BE FAST stand for with stroke?",
    "qu'est-ce que ça veut dire FAST pour un AVC?",
    "¿qué significa FAST en un derrame?",
    "on prépare un exposé sur l'AVC, vous avez de la documentation?",
    "mi hija tiene una tarea sobre el infarto, ¿tienen folletos?",
    "is there screening for heart attack risk if my dad had one",
    # An age in the past.
    "my son had a febrile seizure at age 2, can it come back?",
    "mon fils a fait une convulsion quand il avait 3 ans, est-ce que ça revient?",
    "mi hija tuvo una convulsión cuando tenía dos años",
    # Sober for a while.
    "my sister has been clean for 2 years since her overdose, any support groups?",
    "mi hermano lleva 8 meses sobrio después de su sobredosis",
    # A fright or a laugh, told afterwards.
    "we laughed so hard we couldnt breathe",
    "the film was so scary I could barely breathe lol",
    "j'ai tellement ri que je pouvais plus respirer",
    "me reí tanto que no podía respirar",
    # Hypotheticals and "never had one".
    "what should I say if my mom tells me she has chest pain?",
    "what do i tell my kids if their grandpa has a stroke",
    "i read about thunderclap headaches, ive never had one just regular ones",
    "how long does it take to heal after a burn from the oven",
]


@pytest.mark.parametrize("message", LOOK_ALIKES)
def test_shared_context_look_alikes_stay_quiet(message: str) -> None:
    stays_quiet(message)


STILL_ALARMS = [
    "un dolor de cabeza como nunca, de golpe",
    "like never before, sudden crushing chest pain",
    "kid ate rat poison idk how long ago",
    "how long does an ambulance take my husband cant breathe",
    "my son is choking, what should I do",
]


@pytest.mark.parametrize("message", STILL_ALARMS)
def test_a_comparison_or_a_question_about_help_still_alarms(message: str) -> None:
    assert check(message).emergency, message
