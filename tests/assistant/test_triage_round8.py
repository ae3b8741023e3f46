"""Round 8: alarm signs told without their usual names, and look-alikes that borrow them.

Each family is a concept, written in wordings of our own in English, French and Spanish: a
heart attack with no chest pain (the jaw or the left arm and a cold sweat), a limb that no
longer obeys, the wrong words or words hard to get out, a curtain over one eye, a noise with
every breath at rest, the belly working to breathe, a throat that feels wrong after an
allergen, blood that comes in squirts or by the mouthful, bleeding after the tonsils, plans
for after one is gone, cutting again and deeper, fuel burned in a closed room, gas smelled, a
child with a drug patch or a jar of vitamins, a pest poison swallowed, eyes open and nobody
there, jerking for minutes, contractions at a rhythm, a birth under way, a headache that went
from nothing to the worst in a moment, a blow to the head then vomiting, silence after
something went in the mouth, smoke breathed in a fire. Next to them, the look-alikes: a face
that always looked that way, a heavy sleeper, a few mild contractions, a question about anyone
in general, a story's character, a headache that was a divorce, a choking that is over.
"""

from __future__ import annotations

import pytest

from tests.assistant.triage_checks import fires_as, stays_quiet

CIRCULATION_AND_AIRWAY = [
    # a heart attack with no chest pain
    ("cardiac", "my dad's jaw has been aching for an hour and he's grey and clammy"),
    ("cardiac", "ma mère a mal à la mâchoire et des sueurs froides, elle dit que c'est rien"),
    ("cardiac", "a mi abuela le duele la quijada y el brazo izquierdo, y suda frío"),
    # a limb that does not obey, the wrong words, fine a moment ago
    ("stroke", "her right arm won't listen to her and she can't see the right side of the page"),
    ("stroke", "sa main gauche ne lui obéit plus et il mélange les mots, c'est venu d'un coup"),
    ("stroke", "mi papá estaba bien hace una hora, ahora la pierna izquierda no le hace caso"),
    ("stroke", "he was fine this morning and now he keeps saying the wrong words"),
    ("stroke", "my left leg feels like it belongs to someone else and my speech is all jumbled"),
    ("stroke", "de repente dice palabras equivocadas y no se le entiende"),
    # a noise with every breath, at rest or worn out
    ("breathing", "my toddler makes a harsh noise with every breath even lying on the sofa"),
    ("breathing", "mon fils a un bruit aigu à chaque inspiration même au repos"),
    ("breathing", "la niña hace un ruido como silbido cada vez que respira y está agotada"),
    # the throat after an allergen, a scan's contrast, a faint
    (
        "anaphylaxis",
        "she's allergic to sesame, had a bite of my bagel, now says her throat feels tight",
    ),
    ("anaphylaxis", "mon fils allergique aux arachides se gratte la gorge après le goûter"),
    ("anaphylaxis", "comió camarones y dice que le pica la garganta, es alérgico"),
    ("anaphylaxis", "after the contrast injection i'm covered in itchy bumps and feel faint"),
    ("anaphylaxis", "he ate a peanut cookie by mistake, not sure whether we should use the epipen"),
    # blood in squirts, by the mouthful, after the tonsils
    ("bleeding", "cut my forearm on a broken bottle and the blood is pulsing out"),
    ("bleeding", "le sang sort par saccades de sa jambe"),
    ("bleeding", "la sangre sale a chorritos con cada latido"),
    ("bleeding", "he's coughing up cups of blood"),
    ("bleeding", "mon fils s'est fait enlever les amygdales mardi et il crache du sang"),
    ("bleeding", "a mi hija le sacaron las amígdalas y está sangrando por la boca"),
]

SUICIDE_AND_POISONING = [
    # plans for after one is gone, shut in after a note, cutting again and deeper
    (
        "suicide_self_harm",
        "please cancel everything, i won't be needing it anymore, i've made my decision",
    ),
    (
        "suicide_self_harm",
        "annulez mes rendez-vous, je n'en aurai plus besoin, adieu",
    ),
    (
        "suicide_self_harm",
        "cancelen mis citas, ya no las voy a necesitar, dejé cartas para mis hijos",
    ),
    ("suicide_self_harm", "my brother left a note and locked himself in his room"),
    ("suicide_self_harm", "ma fille a laissé une lettre et s'est enfermée à clé dans sa chambre"),
    ("suicide_self_harm", "mi hijo dejó una nota y no abre la puerta del baño"),
    ("suicide_self_harm", "i started cutting again last night, it was deeper than i wanted"),
    ("suicide_self_harm", "j'ai recommencé à me couper et c'était plus profond que prévu"),
    ("suicide_self_harm", "volví a cortarme y fue más profundo de lo que quería"),
    # fuel burned in a closed room
    (
        "overdose_poisoning",
        "we lit the charcoal grill inside the tent and now we're dizzy with headaches",
    ),
    (
        "overdose_poisoning",
        "on a mis le groupe électrogène dans le garage et toute la famille a mal à la tête",
    ),
    ("overdose_poisoning", "prendimos el anafre dentro del cuarto cerrado y todos tenemos náuseas"),
    # a child with a drug patch, a jar of vitamins, a pest poison
    ("overdose_poisoning", "my toddler had grandpa's pain patch in her mouth"),
    ("overdose_poisoning", "mon petit a mâchouillé un patch de nicotine"),
    ("overdose_poisoning", "mi nena se comió todo el frasco de gomitas de vitaminas"),
    ("overdose_poisoning", "my son drank some of the ant bait gel and now he's throwing up"),
    ("overdose_poisoning", "ma fille a avalé du granulé anti limaces, elle vomit"),
]

NEURO_AND_PREGNANCY = [
    # eyes open, nobody there
    ("seizure_unconscious", "my wife slumped in her chair, she doesn't react when i call her"),
    ("seizure_unconscious", "il s'est affaissé sur la table, il cligne même pas des yeux"),
    ("seizure_unconscious", "mi tío se desvaneció en el sillón, no parpadea"),
    ("seizure_unconscious", "her eyes are open but nobody's there, she won't answer"),
    # contractions at a rhythm, fluid running
    ("pregnancy", "33 weeks, cramps every 4 minutes since dinner"),
    ("pregnancy", "embarazada de 30 semanas, tengo dolores cada 5 minutos"),
    ("pregnancy", "enceinte de 34 semaines, du liquide coule depuis ce matin"),
    ("pregnancy", "31 weeks pregnant and clear fluid is trickling down my legs"),
    # nothing to the worst in a moment, unlike the usual ones, with confusion or a faint
    ("headache", "my head went from zero to ten in a second while lifting weights"),
    ("headache", "this headache is nothing like my usual migraines, it hit all at once"),
    ("headache", "un mal de tête arrivé d'un coup pendant l'amour, rien à voir avec mes migraines"),
    ("headache", "me dio un dolor de cabeza de golpe y me siento confundida"),
    ("headache", "sudden headache out of nowhere and i feel like i'm going to pass out"),
    ("headache", "de repente un madrazo en la cabeza, nunca me había dolido así"),
]


MORE_PLAIN_WORDS = [
    # a chest that feels odd, and a faint coming
    ("cardiac", "my chest feels odd and i nearly passed out a minute ago"),
    (
        "cardiac",
        "j'ai la poitrine qui serre bizarrement et j'ai presque perdu connaissance, failli m'évanouir",
    ),
    ("cardiac", "tengo el pecho raro y casi me desmayo en la cocina"),
    # a curtain over one eye, words hard to get out or to understand
    ("stroke", "like a grey curtain dropping over my right eye, started ten minutes ago"),
    ("stroke", "elle voit comme un rideau noir sur un oeil"),
    ("stroke", "mi papá ve como una cortina en el ojo izquierdo"),
    ("stroke", "out of nowhere he has trouble getting his words out"),
    ("stroke", "tout d'un coup elle a de la misère à parler"),
    ("stroke", "de repente a mi tío le cuesta hablar y arrastra el pie"),
    ("stroke", "suddenly my wife can't understand anything i say to her"),
    # the belly or the neck working to breathe
    ("breathing", "my daughter is using her tummy muscles to breathe"),
    ("breathing", "mon bébé respire avec le ventre et ses côtes se creusent"),
    ("breathing", "el niño respira con la barriga y se le hunden las costillas"),
    # pills put aside for later, no taste for life, a will and a pet given away
    ("suicide_self_harm", "i have been hoarding my meds for when i'm ready"),
    ("suicide_self_harm", "j'accumule des cachets pour le jour où j'en pourrai plus"),
    ("suicide_self_harm", "llevo semanas guardando pastillas para cuando me decida a morir"),
    ("suicide_self_harm", "j'ai pu le goût de vivre, chu fatiguée de tout"),
    ("suicide_self_harm", "made my will and gave my dog to my cousin, i'm at peace with it"),
    ("suicide_self_harm", "il a rédigé son testament et donné son chat, il dit qu'il est en paix"),
    ("suicide_self_harm", "ya hice mi testamento, regalé a mi gato y estoy en paz"),
    # a whole bottle, said the other way round
    ("overdose_poisoning", "mi hijo se bebió la botella de jarabe entera"),
    # jerking for minutes
    ("seizure_unconscious", "my son has been jerking for several minutes now"),
    # a birth under way, the cord first
    ("pregnancy", "i can see the baby's head and we're still in the car"),
    ("pregnancy", "le cordon pend, je suis à 35 semaines"),
    ("pregnancy", "se asoma la cabeza del bebé y no llega la ambulancia"),
    # gas smelled with people unwell, a bottle that held a poison, blue beside a needle
    ("overdose_poisoning", "there's a smell of gas in the flat and the kids have headaches"),
    ("overdose_poisoning", "ça sent le gaz dans la maison et on a tous des nausées"),
    ("overdose_poisoning", "huele a gas en la cocina y mi mamá está mareada"),
    ("overdose_poisoning", "grandpa drank from a jar that contained paint thinner"),
    ("overdose_poisoning", "mon fils a bu dans une bouteille qui contenait de l'antigel"),
    ("overdose_poisoning", "el niño tomó de un vaso que tenía cloro"),
    ("overdose_poisoning", "found my sister blue on the bathroom floor with a syringe"),
    # to vanish for good, a goodbye posted, a burn made on purpose
    ("suicide_self_harm", "i just want to disappear for good"),
    ("suicide_self_harm", "je voudrais simplement disparaître"),
    ("suicide_self_harm", "quiero nada más desaparecer"),
    ("suicide_self_harm", "my cousin posted a goodbye on facebook and her phone is off"),
    ("suicide_self_harm", "mi hermana publicó una despedida y no contesta"),
    ("suicide_self_harm", "i scratched my arms with a razor on purpose tonight"),
    ("suicide_self_harm", "il s'est brûlé le bras avec une cigarette volontairement"),
    ("suicide_self_harm", "me quemé el brazo con un encendedor a propósito"),
    # something in the mouth, then silence or no air; smoke breathed in a fire
    ("choking", "my daughter popped a marble in her mouth and she's gone silent"),
    ("choking", "il a mis une bille dans sa bouche et il est devenu tout silencieux"),
    ("choking", "se metió una uva entera y se quedó callado, no respira bien"),
    ("choking", "a chunk of steak went down the wrong way and he can't get any air"),
    ("burn", "there was a fire in the flat and my son breathed in smoke, he's coughing up black"),
    ("burn", "après l'incendie mon père tousse noir, il a respiré de la fumée"),
    ("burn", "hubo fuego en la cocina y mi mamá inhaló humo, escupe hollín"),
    # a blow to the head, then vomiting, confusion or a blood thinner
    ("headache", "my son knocked his head at football and has thrown up twice"),
    ("headache", "ma grand-mère s'est cognée la tête, elle prend un anticoagulant"),
    ("headache", "mi papá se pegó en la cabeza y está confundido"),
]


@pytest.mark.parametrize(("category", "message"), MORE_PLAIN_WORDS)
def test_more_signs_in_plain_words_fire(category: str, message: str) -> None:
    fires_as(category, message)


@pytest.mark.parametrize(("category", "message"), CIRCULATION_AND_AIRWAY)
def test_circulation_and_airway_signs_in_plain_words_fire(category: str, message: str) -> None:
    fires_as(category, message)


@pytest.mark.parametrize(("category", "message"), SUICIDE_AND_POISONING)
def test_plans_self_harm_and_poisonings_in_plain_words_fire(category: str, message: str) -> None:
    fires_as(category, message)


@pytest.mark.parametrize(("category", "message"), NEURO_AND_PREGNANCY)
def test_neuro_and_pregnancy_signs_in_plain_words_fire(category: str, message: str) -> None:
    fires_as(category, message)


LOOK_ALIKES = [
    # a face that always looked that way
    "my smile has always been lopsided, it's just how my face is, can i see a dermatologist",
    "j'ai la bouche de travers sur toutes mes photos, c'est de naissance",
    "tengo la boca chueca en todas las fotos, es de nacimiento",
    # a limb tired after effort, an ache with an ordinary cause
    "after the marathon my legs wouldn't do what i told them, is a massage a good idea",
    "my jaw aches since the dentist pulled a molar and i'm sweaty from the heat",
    "j'ai mal à la mâchoire depuis le dentiste, et je transpire à la salle de sport",
    # a heavy sleeper
    "my son sleeps like a log, can't wake him for school, should we see someone",
    "mon mari dort comme une souche, impossible de le réveiller le matin",
    "mi esposo tiene el sueño muy pesado, no despierta ni con la alarma",
    # a few mild contractions, a midwife's word
    "at 32 weeks i get a few mild contractions now and then, is that normal",
    "tengo contracciones leves de vez en cuando a las 30 semanas",
    # a question about anyone in general, or about a story
    "can you get a stroke at 30 if you're healthy?",
    "peut-on faire une crise cardiaque à 25 ans sans antécédents?",
    "¿se puede tener un infarto por estrés sin tener nada?",
    "watched a film where the hero has a seizure, do you run epilepsy talks",
    "j'ai lu un roman où le personnage principal fait une overdose, vous avez des brochures?",
    "estoy viendo una serie donde la protagonista se corta, ¿tienen recursos para padres?",
    # a headache that was a nuisance
    "my landlord is the worst headache of my life, anyway can i change my address",
    "la paperasse c'est le pire mal de tête, je voudrais un rendez-vous",
    "mi suegra es un dolor de cabeza terrible, ¿puedo cambiar mi cita?",
    # history in spoken French
    "mon oncle a fait un AVC y'a trois ans, je voudrais un bilan",
    # a choking that is over
    "my cat choked on a hairball, we got it out, he's fine",
    "me atoré con un caramelo pero ya lo tosí y estoy bien",
    "je me suis étouffée avec de l'eau mais ça va bien",
    # a plan to move, haircuts, a generator stored, a single gummy
    "cancel my appointments please, i won't be needing them, i'm moving to Lyon",
    "volví a cortarme el pelo yo sola, qué desastre",
    "we keep the generator in the garage, how often should it be serviced?",
    "my son ate one gummy vitamin from the jar, he's fine, is that ok",
    "how do i throw away used fentanyl patches safely?",
    # an ultrasound, a bump with no signs, a will after a death, a hoarse voice, a drink
    "we could see the baby's head on the scan, so exciting",
    "bumped my head on the car door yesterday, just a small lump",
    "i made my will after my mother passed, can you recommend a notary",
    "je stocke des médicaments parce que la pharmacie est souvent en rupture",
    "j'ai du mal à parler à cause de ma laryngite",
    "tengo dificultad para hablar por la ronquera",
    "my chest feels odd after a big coffee, is caffeine bad for me",
    "my jaw aches after my flu jab and i'm sweaty from the fever",
    "my grandma sometimes stares into space, she has dementia, is there a clinic",
    "at 34 weeks i get cramps every now and then after walking",
    # smoke from a barbecue, a quiet child
    "breathed in some smoke from the barbecue, coughed a bit, all good",
    "my son went quiet after school today, could he be depressed?",
    # a hypothetical said with a possessive
    "if somebody's tongue swells after a wasp sting, do we give antihistamines first?",
    # a pill's colour, a gas cooker question, a goodbye at the airport, a lasting wish to vanish
    "took my blue pill twice by mistake this morning, should i skip tomorrow",
    "is it normal to smell gas for a second when the hob lights?",
    "posted a goodbye to my old job on linkedin, need a new gp near my new office",
]


@pytest.mark.parametrize("message", LOOK_ALIKES)
def test_lifelong_traits_general_questions_stories_and_idioms_stay_quiet(message: str) -> None:
    stays_quiet(message)


def test_three_weeks_old_with_two_letters_swapped_is_still_an_infant() -> None:
    fires_as("infant_fever", "our daughter is there weeks old and her temp is 38.3")
