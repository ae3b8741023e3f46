"""Round 7: signs described rather than named, and context that spans the whole message.

Each family is a concept, written in wordings of our own in English, French and Spanish: an
alarm sounding with the household unwell, a caustic product on the skin, a nosebleed that
lasts, a plan or affairs put in order, a blow to the head that did not happen, a due date.
Next to them, the look-alikes a realistic set brought up: an episode said to be over, a
complaint that has lasted months, a pet, a documentary, what a treatment prevents, what is
left of an old stroke, idioms (a coughing fit, a team that chokes, stifling heat).
"""

from __future__ import annotations

import pytest

from assistant.triage.rules.dsl import rx
from tests.assistant.triage_checks import fires_as, stays_quiet

DESCRIBED_SIGNS = [
    # cardiac, stroke
    (
        "stroke",
        "my mum keeps bumping into walls like she's drunk and sees double, started suddenly",
    ),
    ("stroke", "only half of his mouth moves when he tries to smile"),
    ("stroke", "she can't squeeze my fingers with her right hand and it came on all of a sudden"),
    ("stroke", "his words are all scrambled since a few minutes"),
    # breathing
    ("breathing", "i can't pull any air in and every breath is a struggle"),
    ("breathing", "mon grand-père a la bouche violette et il cherche son air"),
    ("breathing", "mi mamá respira con mucho esfuerzo y tiene los labios morados"),
    ("breathing", "nana's breathing is irregular with long pauses and she's hard to wake"),
    # anaphylaxis
    ("anaphylaxis", "after the bee sting her tongue is huge and she can't talk properly"),
    ("anaphylaxis", "ate a cashew cookie, my lips are puffing up and there's a lump in my throat"),
    ("anaphylaxis", "pris un nouvel antibiotique, ça me gratte de partout et j'ai du mal à avaler"),
    # bleeding
    ("bleeding", "his nosebleed has gone on for more than an hour and he takes warfarin"),
    ("bleeding", "ma fille saigne du nez depuis deux heures et elle est toute blanche"),
    ("bleeding", "la sangre atraviesa la toalla y no para, me corté con un vidrio"),
    ("bleeding", "sliced my palm on a tin lid, it keeps pouring through the bandage"),
    # burns
    ("burn", "spilled oven cleaner on my forearm and the skin is going white"),
    ("burn", "de l'acide de batterie a giclé sur la joue de mon fils"),
    ("burn", "se me cayó soda cáustica en la mano y me arde muchísimo"),
    ("burn", "my little girl sat in bath water that was far too hot, her legs are blistering"),
    ("burn", "il a reçu un choc électrique en réparant la prise, brûlure noire au doigt"),
    ("burn", "al bebé le cayó té hirviendo, tiene el brazo lleno de ampollas"),
    # choking
    ("choking", "we were eating dinner and grandpa has his hands at his throat, no sound"),
    ("choking", "my son was playing with beads and now he's making a high whistling sound"),
    ("choking", "she took a bite of steak and is pointing at her throat, can't breathe"),
]

SUICIDE_AND_OVERDOSE = [
    ("suicide_self_harm", "nothing matters anymore, i'm just a burden to them, i have a plan"),
    ("suicide_self_harm", "i've put my affairs in order and thank you for everything, goodbye"),
    (
        "suicide_self_harm",
        "j'ai mis mes affaires en ordre, bientôt avec mon défunt mari, merci pour tout",
    ),
    (
        "suicide_self_harm",
        "my friend gave away her cat and texted thanks for everything, she won't answer",
    ),
    ("suicide_self_harm", "cancel my friday, i won't be around by then, i've made up my mind"),
    ("suicide_self_harm", "je suis plus capable, j'ai acheté une corde"),
    ("suicide_self_harm", "jpense à me jeter en bas du pont ce soir"),
    ("suicide_self_harm", "I burned myself again and it was deeper, I didn't want to stop"),
    ("suicide_self_harm", "thinking about ending it, i know where he keeps the pills"),
    ("suicide_self_harm", "i swallowed everything in the cabinet so i won't wake up, so i can die"),
    (
        "overdose_poisoning",
        "the carbon monoxide alarm is going off and the kids feel dizzy and sick",
    ),
    ("overdose_poisoning", "l'alarme de monoxyde sonne et on a tous mal à la tête"),
    (
        "overdose_poisoning",
        "my toddler chewed some leaves from the garden plant and is drooling and vomiting",
    ),
    ("overdose_poisoning", "mi hijo comió unas bayas del jardín que creo que son venenosas"),
    ("overdose_poisoning", "mixed bleach with a toilet cleaner, the fumes make me cough nonstop"),
    ("overdose_poisoning", "mezclé cloro con amoníaco y ahora me cuesta respirar por el humo"),
    (
        "overdose_poisoning",
        "someone slipped something in her drink, she's confused and barely awake",
    ),
    (
        "overdose_poisoning",
        "found him beside an empty bottle of pills, mumbling and can't keep his eyes open",
    ),
    (
        "overdose_poisoning",
        "grandpa took his digoxin twice by mistake and now sees everything yellow",
    ),
    ("overdose_poisoning", "mi amigo se metió demasiada cocaína y no reacciona"),
    (
        "overdose_poisoning",
        "my husband took his oxycodone with beers, he's snoring weird and i can't rouse him",
    ),
]

NEURO_AND_PREGNANCY = [
    ("seizure_unconscious", "the baby is stiff and twitching and doesn't look at me"),
    ("seizure_unconscious", "found my mum on the kitchen floor, i can't get her to open her eyes"),
    ("seizure_unconscious", "mon père est tombé, il ouvre pas les yeux quand on lui parle"),
    ("seizure_unconscious", "mi tío se cayó y se quedó como ido, no nos responde"),
    ("headache", "out of nowhere it felt like someone hit my head with a hammer, 10 out of 10"),
    ("headache", "j'ai le pire mal de bloc de ma vie, c'est venu d'un coup"),
    ("headache", "she clutched the side of her head, says it's the worst pain she's ever felt"),
    ("headache", "fever and it hurts him to bend his chin to his chest"),
    ("headache", "de golpe sentí como una puñalada en la cabeza, insoportable"),
    ("pregnancy", "i'm due in two weeks and i'm bleeding bright red"),
    ("pregnancy", "thirty two weeks, worst headache, and my hands blew up overnight"),
    ("pregnancy", "28 weeks pregnant, there's blood in my underwear and bad cramps"),
    ("pregnancy", "embarazada de 31 semanas, me caí de una escalera y me duele la panza"),
    ("pregnancy", "36 weeks and my belly is rock hard and won't relax"),
    ("infant_fever", "né il y a 10 jours, le thermomètre affiche 38,4"),
]


@pytest.mark.parametrize(("category", "message"), DESCRIBED_SIGNS)
def test_signs_described_rather_than_named_fire(category: str, message: str) -> None:
    fires_as(category, message)


@pytest.mark.parametrize(("category", "message"), SUICIDE_AND_OVERDOSE)
def test_plans_farewells_and_poisonings_told_in_plain_words_fire(
    category: str, message: str
) -> None:
    fires_as(category, message)


@pytest.mark.parametrize(("category", "message"), NEURO_AND_PREGNANCY)
def test_neuro_and_pregnancy_signs_in_plain_words_fire(category: str, message: str) -> None:
    fires_as(category, message)


EPISODE_OVER = [
    "i had a tight chest at the gym on tuesday but it went away, can i get a checkup",
    "she had a panic attack last night and felt like she couldn't breathe, she's fine now",
    "j'ai eu une petite douleur à la poitrine ce matin en toussant, ça va mieux",
    "mi hijo tuvo un ataque de tos y casi se ahoga, ya está bien",
    "i nearly choked on a sweet in the car, just wanted to ask about first aid courses",
    "my son had chest pain for months on and off when he runs, can he get a cardiology referral",
    "j'ai des vertiges et des maux de tête depuis des années, je voudrais un bilan",
    "our dog ate rat poison, is that poisoning? which vet is open sunday",
    "he has epilepsy and had his usual brief seizure at breakfast, he's recovered, refill please",
    "mi papá tiene dolor de pecho cuando sube escaleras desde hace meses, quiere un cardiólogo",
    "mon voisin a fait un infarctus en mai, il cherche un cardiologue",
    "si jamais ma fille de 6 semaines a de la fièvre, on va où?",
    "¿qué debo hacer si mi bebé tiene una convulsión?",
]
STILL_GOING_ON = [
    (
        "seizure_unconscious",
        "my son had his first ever seizure, it stopped after a minute but he's confused",
    ),
    (
        "cardiac",
        "dad clutching his chest grey and sweaty says its crushing he had a bypass in 2018",
    ),
    ("cardiac", "mi papá tuvo un stent hace 3 años y ahora tiene el pecho apretado y suda frío"),
    ("cardiac", "i had crushing chest pain an hour ago, it went away but now it's back worse"),
    (
        "cardiac",
        "had chest pain this morning, it passed, but now my left arm is numb and i'm sweaty",
    ),
    ("suicide_self_harm", "i've wanted to die for months and tonight i have the pills"),
    ("suicide_self_harm", "j'ai envie de mourir depuis des mois"),
    ("cardiac", "crushing chest pain on and off since this morning, and cold sweats"),
]


@pytest.mark.parametrize("message", EPISODE_OVER)
def test_an_episode_over_a_long_standing_complaint_or_a_pet_stays_quiet(message: str) -> None:
    stays_quiet(message)


@pytest.mark.parametrize(("category", "message"), STILL_GOING_ON)
def test_an_episode_that_goes_on_or_a_lasting_wish_to_die_still_fires(
    category: str, message: str
) -> None:
    fires_as(category, message)


LOOK_ALIKES = [
    # topic, prevention, a claim checked, two conditions told apart
    "saw a documentary on heart attacks, how can i lower my risk?",
    "j'ai regardé un reportage sur l'anaphylaxie, quelles sont les causes?",
    "vi en las noticias lo del monóxido de carbono, ¿qué alarma compran?",
    "reading a novel about a girl who self harms for school, can i book a flu shot",
    "should my dad take a statin to prevent a stroke?",
    "¿sirve la aspirina para prevenir un infarto?",
    "is it true that a thunderclap headache can mean a bleed? just curious, i feel fine",
    "how do doctors tell a seizure apart from fainting?",
    "comment on reconnaît un AVC chez une personne âgée?",
    # history, residual, braces
    "my father dropped dead of a heart attack at 60, should i get my cholesterol checked",
    "my aunt had a stroke in june and is doing rehab, she needs a wheelchair form",
    "since her stroke she's still weak on the right and a bit slurred, need a speech therapy referral",
    "depuis son AVC il parle encore mal, il lui faut un orthophoniste",
    "mi hijo habla raro desde que le pusieron los frenillos",
    # idioms, care plans, a controlled condition
    "had a coughing fit after my water went down the wrong way, all fine",
    "our goalie completely choked in the shootout, anyway can i get a physio slot",
    "my wife snores so badly it sounds like she's choking, can we get a sleep study",
    "ma femme ronfle tellement qu'on dirait qu'elle s'étouffe",
    "the heat in this flat is stifling, can i move my appointment",
    "i've been overdosing on coffee during exams, any sleep tips?",
    "my mother wants to die at home rather than in hospital, how do we arrange that",
    "what goes in an allergy action plan for nursery?",
    "he has been seizure free for two years, can he stop his meds?",
    # poisoning and breathing look-alikes
    "we installed a carbon monoxide detector, does it need testing?",
    "had food poisoning on saturday, recovered, need a sick note",
    "intoxicación alimentaria la semana pasada, ya estoy bien, necesito un justificante",
    "my baby licked a laundry pod but spat it out right away, poison control said he's fine",
    "j'ai le nez bouché et je respire mal la nuit, quel spray?",
    "tengo la nariz tapada y me cuesta respirar al dormir",
    # a dose that is only a dose, feet a little swollen late in pregnancy
    "my feet are a bit swollen at 35 weeks, normal?",
]


@pytest.mark.parametrize("message", LOOK_ALIKES)
def test_topics_history_idioms_and_resolved_look_alikes_stay_quiet(message: str) -> None:
    stays_quiet(message)


def test_a_wide_word_window_is_expanded_and_a_stray_tilde_fails_at_load() -> None:
    wide = rx("cut myself ~10 deeper")
    assert wide.search("cut myself again and this time it was much much deeper")
    with pytest.raises(ValueError, match="between spaces"):
        rx("chest~3 pain")
