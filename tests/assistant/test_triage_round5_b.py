"""Round 5: the red flags as patients and carers describe them, not as a textbook names them.

Each family is a concept (a child who got into medicines, convulsion signs seen together, a
gestational age with a danger sign, head pain that came on at once and hard, a death wish said
of someone else) written several ways in English, French and Spanish, next to the look-alikes
that must stay quiet.
"""

from __future__ import annotations

import pytest

from tests.assistant.triage_checks import fires_as, stays_quiet

SUICIDE_DESCRIBED = [
    "my brother says he wants to kill himself and he's not picking up",
    "i slit my wrists in the bath",
    "she cut her wrists, there's blood everywhere",
    "there is no point waking up tomorrow, nobody would notice",
    "i keep picturing myself crashing the car into a tree on the highway",
    "i want to step in front of a train tonight",
    "i have the rope and i'm done with everything",
    "i bought a gun last week and i'm holding it now, there's no point",
    "she sent everyone goodbye texts and now her phone is off, she said she wants to die",
    "mon fils veut se tuer, il s'est enfermé dans sa chambre",
    "ma copine menace de se jeter du pont",
    "elle s'est ouvert les veines dans la salle de bain",
    "à quoi bon me réveiller demain, je veux pu vivre",
    "j'ai le fusil de mon père dans ma chambre, je peux pu continuer, c'est sans issue",
    "mi hermano se quiere matar, dice que ya no aguanta",
    "mi hijo se está lastimando con una navaja",
    "mi papá dice que se va a colgar",
    "se cortó las venas y no deja de sangrar",
    "tengo la pistola cargada en la mano, ya no puedo más",
    "mi amiga me mandó una carta de despedida y dice que quiere morirse",
]
NOT_SUICIDE = [
    "i could kill myself laughing at that show",
    "i'm so embarrassed i want to die lol",
    "je vais mourir d'ennui dans cette salle d'attente",
    "je veux mourir de honte après ma présentation",
    "me muero de hambre, ¿puedo comer antes del análisis?",
    "me quiero morir de la vergüenza jaja",
    "my friend used to cut her wrists years ago, she is doing well now",
    "what are the warning signs that someone is suicidal?",
    "mi compañero me mandó un mensaje de despedida porque se jubila, ¿tienen cita el lunes?",
    "i bought a new knife set, can i get a tetanus shot after a small kitchen cut",
]


@pytest.mark.parametrize("message", SUICIDE_DESCRIBED)
def test_a_death_wish_said_of_someone_else_or_shown_by_means_is_suicide(message: str) -> None:
    fires_as("suicide_self_harm", message)


@pytest.mark.parametrize("message", NOT_SUICIDE)
def test_dying_of_shame_history_and_farewell_parties_stay_quiet(message: str) -> None:
    stays_quiet(message)


OVERDOSE_DESCRIBED = [
    "my 3 year old got into my purse and ate some of my blood pressure pills",
    "toddler found grandpa's pillbox and some of the pills are missing",
    "my son chewed a few of his sister's adhd tablets",
    "mon petit de 2 ans a avalé des comprimés de sa grand-mère",
    "ma fille a trouvé le pilulier de mamie, il manque des comprimés",
    "mi niño de 2 años se comió unas pastillas de su abuela",
    "mi bebé agarró el pastillero y se tragó unas pastillas",
    "my boyfriend took xanax and drank a bottle of vodka, now he's barely awake",
    "he shot up and now his lips are blue and he's nodding off",
    "there's a syringe on the floor and my son won't wake up properly, pinpoint pupils",
    "dad took his sleeping pills twice by mistake and he's really confused",
    "my kid bit into a dishwasher pod and is throwing up",
    "mon coloc a pris de la coke pis des pilules, il est confus et son coeur s'emballe",
    "ma mère a pris ses médicaments en double par erreur, elle est toute molle et somnolente",
    "mi hermano se metió tachas y alcohol, está bien ido y con el corazón a mil",
    "mi abuela se tomó sus pastillas dos veces por error y está muy adormilada",
]
NOT_OVERDOSE = [
    "i accidentally took my allergy pill twice today, feel fine, is that a problem?",
    "my 6 year old has a fever, can i give him ibuprofen and how much?",
    "my son swallowed his antibiotic pill whole, is that ok?",
    "my friend overdosed two years ago, is there a support group?",
    "can i drink a glass of wine with my antibiotics?",
    "j'ai pris ma vitamine deux fois par erreur, c'est grave?",
    "mi hijo de 8 años se tomó su jarabe, ¿puedo darle otro?",
    "had a few beers last night, feeling a bit groggy this morning, can i take tylenol",
]


@pytest.mark.parametrize("message", OVERDOSE_DESCRIBED)
def test_a_concrete_overdose_without_the_word_is_poisoning(message: str) -> None:
    fires_as("overdose_poisoning", message)


@pytest.mark.parametrize("message", NOT_OVERDOSE)
def test_a_doubled_vitamin_a_dose_question_or_history_stays_quiet(message: str) -> None:
    stays_quiet(message)


SEIZURE_DESCRIBED = [
    "my daughter is shaking all over and her eyes rolled up, she won't answer me",
    "he went stiff and his arms and legs are jerking, foam on his lips... foaming at the mouth",
    "grandpa is trembling uncontrollably on the floor",
    "my son had three fits in a row and hasn't woken up since",
    "ma fille tremble de partout pis elle a les yeux révulsés",
    "mon père est étendu par terre, il répond pas quand je lui parle",
    "il a fait une crise pis il se réveille pas depuis",
    "mi hijo tiembla todo el cuerpo y tiene los ojos volteados",
    "a mi abuela se le voltearon los ojos y se puso rígida",
    "mi papá se desmayó y no ha despertado",
]
NOT_SEIZURE = [
    "shaking all over with chills and a fever of 38, can i take tylenol",
    "my teenager rolled her eyes at me so hard lol",
    "je tremble de partout avant mon examen, j'ai le trac",
    "mi hijo no ha despertado todavía, ¿puedo cambiar la cita a las 11?",
    "il répond pas à mes textos depuis ce matin",
]


@pytest.mark.parametrize("message", SEIZURE_DESCRIBED)
def test_convulsion_signs_seen_together_are_a_seizure(message: str) -> None:
    fires_as("seizure_unconscious", message)


@pytest.mark.parametrize("message", NOT_SEIZURE)
def test_chills_nerves_and_a_late_sleeper_stay_quiet(message: str) -> None:
    stays_quiet(message)


HEAD_PAIN_DESCRIBED = [
    "my husband suddenly clutched his head and screamed, now he's throwing up",
    "out of the blue my head felt like it exploded, i've never felt anything like it",
    "it came on in a second, the worst pain in my head ever",
    "ma mère a eu d'un coup une douleur épouvantable derrière la tête",
    "tout d'un coup j'ai eu l'impression que ma tête allait exploser, une douleur atroce",
    "de repente sentí que me estallaba la cabeza, un dolor horrible",
    "a mi papá le dio de golpe un dolor insoportable en la nuca",
    "fever of 39 and i can't bend my neck forward",
    "j'ai 39 de fièvre et je peux pas baisser la tête",
]
NOT_HEAD_PAIN = [
    "the usual migraine started this afternoon, same as always, can i get a refill",
    "neck is stiff from the gym, no fever, can i book physio",
    "j'ai le cou raide, pas de fièvre, juste mal dormi",
    "i read a sudden severe headache can be serious, what counts as sudden? just curious",
    "tengo el cuello tieso, sin fiebre, dormí mal",
]


@pytest.mark.parametrize("message", HEAD_PAIN_DESCRIBED)
def test_head_pain_that_came_on_at_once_and_hard_is_a_headache_emergency(message: str) -> None:
    fires_as("headache", message)


@pytest.mark.parametrize("message", NOT_HEAD_PAIN)
def test_the_usual_migraine_and_a_stiff_neck_without_fever_stay_quiet(message: str) -> None:
    stays_quiet(message)


PREGNANCY_DESCRIBED = [
    "32 weeks and my waters just broke",
    "i'm 26 weeks and i'm having contractions every 5 minutes",
    "6 weeks pregnant, stabbing pain on my left side and my shoulder tip hurts",
    "35 wks, baby hasn't kicked all day, i haven't felt her move since this morning",
    "had my baby 4 days ago and i'm soaking through a pad every hour with big clots",
    "i'm 30 weeks, bad headache and i'm seeing flashing lights",
    "ma femme est à 33 semaines pis elle a des contractions aux 4 minutes",
    "je suis à 36 semaines, j'ai perdu mes eaux pis c'est verdâtre",
    "j'ai accouché la semaine dernière et je saigne beaucoup avec des caillots",
    "je le sens pu bouger depuis hier soir, je suis à 38 semaines",
    "tengo 31 semanas y tengo contracciones cada 5 minutos",
    "estoy de 8 semanas de embarazo, tengo un dolor punzante de un lado y me siento desmayar",
    "di a luz hace 5 días y estoy empapando una toalla cada hora",
    "mi esposa tiene 36 semanas y ya no siente al bebé moverse",
]
NOT_PREGNANCY = [
    "im 24 weeks pregnant, can i fly next month?",
    "i'm 39 weeks, no contractions yet, when should i go in?",
    "30 weeks and having braxton hicks contractions sometimes, is it normal?",
    "my baby is 5 weeks old and doing great, when is the next vaccine",
    "had my baby 6 weeks ago, can i start running again",
    "je suis enceinte de 20 semaines, est-ce que je peux manger des sushis",
    "tengo 16 semanas, ¿cuándo es el ultrasonido?",
    "my water heater broke and my pregnant wife is cold, any tips",
]


@pytest.mark.parametrize("message", PREGNANCY_DESCRIBED)
def test_a_gestational_age_or_a_recent_birth_with_a_danger_sign_is_pregnancy(
    message: str,
) -> None:
    fires_as("pregnancy", message)


@pytest.mark.parametrize("message", NOT_PREGNANCY)
def test_routine_pregnancy_and_postpartum_questions_stay_quiet(message: str) -> None:
    stays_quiet(message)


INFANT_FEVER_DESCRIBED = [
    "my 5 week old is 100 6 and won't feed",
    "our 3 week old has a temp of 38.2",
    "mon bébé de 6 semaines fait 38,3",
    "mi bebé de 20 días tiene 38 de temperatura",
]
NOT_INFANT_FEVER = [
    "my 2 week old's temperature was 36.8, is that normal?",
    "mon bébé de 6 semaines a une température de 37,2, c'est normal?",
    "mi bebé de 1 mes tiene 37.1 de temperatura, ¿está bien?",
    "my 6 month old has a fever of 38.4 after her shots but is feeding well",
    "my 8 year old has a 38.9 fever and a sore throat",
]


@pytest.mark.parametrize("message", INFANT_FEVER_DESCRIBED)
def test_a_fever_in_a_baby_under_three_months_fires(message: str) -> None:
    fires_as("infant_fever", message)


@pytest.mark.parametrize("message", NOT_INFANT_FEVER)
def test_a_normal_reading_or_fever_in_an_older_child_stays_quiet(message: str) -> None:
    stays_quiet(message)


# More wordings of the same concepts, in the words patients and carers use.
MORE_DESCRIBED = [
    ("overdose_poisoning", "she mixed her sleeping pills with a bottle of wine and is out of it"),
    ("overdose_poisoning", "il a bu beaucoup d'alcool avec des somnifères, il se réveille pas"),
    ("overdose_poisoning", "mezcló alcohol con pastillas para dormir y está bien ida"),
    ("pregnancy", "i'm 30 weeks pregnant with a fever of 39"),
    ("suicide_self_harm", "i want to unalive myself"),
    ("suicide_self_harm", "thinking of ctb tonight"),
    ("suicide_self_harm", "i'm going to off myself"),
    ("suicide_self_harm", "me quiero ir de este mundo"),
    ("suicide_self_harm", "ya me quiero morir, no aguanto más"),
    ("suicide_self_harm", "je veux me pendre"),
    ("suicide_self_harm", "je pense à mourir tout le temps pis j'ai un plan"),
    ("suicide_self_harm", "i have a plan to end my life this weekend"),
    (
        "suicide_self_harm",
        "my daughter posted a goodbye message on instagram and isnt answering her phone",
    ),
    ("suicide_self_harm", "he left a note saying sorry and took the car, his gun is missing"),
    ("suicide_self_harm", "mi hijo dejó una nota diciendo que lo perdonemos y no contesta"),
    ("suicide_self_harm", "mon chum m'a texté adieu pis il répond plus"),
    ("overdose_poisoning", "she took the whole bottle of her antidepressants"),
    ("overdose_poisoning", "my friend is overdosing"),
    ("overdose_poisoning", "he took a bunch of percs and is turning blue"),
    ("overdose_poisoning", "i think my son drank antifreeze"),
    ("overdose_poisoning", "my toddler might have swallowed a battery"),
    ("overdose_poisoning", "my dog's pills are missing and my 2 year old had the bottle"),
    ("overdose_poisoning", "mi hijo de 3 años se tomó unas pastillas de su abuelita"),
    ("overdose_poisoning", "mon bébé a avalé une pile"),
    ("overdose_poisoning", "je pense que mon fils a bu de l'eau de javel"),
    ("overdose_poisoning", "mi niño se tomó un trago de thinner"),
    ("seizure_unconscious", "he's fitting and wont stop"),
    ("seizure_unconscious", "my baby is having a febrile seizure right now"),
    ("seizure_unconscious", "mi hijo está convulsionando con fiebre"),
    ("seizure_unconscious", "se privó y no reacciona"),
    ("seizure_unconscious", "mi esposo se desvaneció y no responde"),
    ("seizure_unconscious", "il fait une crise d'épilepsie depuis 5 minutes"),
    ("seizure_unconscious", "elle a perdu connaissance pis elle se réveille pas"),
    ("seizure_unconscious", "my dad is unconscious"),
    ("headache", "worst headache of my life with a fever and a purple rash"),
    ("headache", "j'ai le pire mal de tête de ma vie"),
    ("headache", "me duele la cabeza horrible, nunca me había dolido así, de repente"),
    ("pregnancy", "i'm pregnant and was in a car accident, my belly hurts"),
    ("pregnancy", "i'm 35 weeks and my blood pressure is 165/110 with a headache"),
    ("pregnancy", "30 weeks pregnant and i fell down the stairs, now cramping"),
    ("pregnancy", "i'm pregnant and i have a fever of 39 and chills"),
    ("pregnancy", "embarazada de 6 meses y estoy sangrando"),
    ("pregnancy", "enceinte de 25 semaines pis j'ai des contractions"),
    ("infant_fever", "my 10 day old feels warm and is very sleepy"),
    ("infant_fever", "mon nouveau-né fait 38"),
    ("infant_fever", "recién nacido con calentura"),
    ("infant_fever", "mi bebé de 6 semanas está ardiendo en fiebre"),
    (
        "suicide_self_harm",
        "i dont want to be alive anymore and i have a bottle of pills next to me",
    ),
    (
        "suicide_self_harm",
        "my son texted me that he's sorry for everything and that we'll be better off, now he won't answer",
    ),
    ("suicide_self_harm", "i'm going to take all my pills tonight, i've had enough"),
    ("suicide_self_harm", "i looked up how many tylenol it takes to die"),
    ("suicide_self_harm", "i've been researching ways to kill myself"),
    (
        "suicide_self_harm",
        "my girlfriend is standing on the balcony railing saying she's going to jump",
    ),
    ("suicide_self_harm", "i just want to go to sleep and not wake up"),
    ("suicide_self_harm", "i want to end things, i've written letters to my kids"),
    ("suicide_self_harm", "everyone would be better off if i wasn't around"),
    ("suicide_self_harm", "i can't see any way out, i'm going to do it tonight"),
    ("suicide_self_harm", "he's talking about ending his life and he has a gun"),
    ("suicide_self_harm", "my daughter has been self harming and tonight the cuts are deep"),
    ("suicide_self_harm", "i feel like a burden and i have a plan to kill myself"),
    ("suicide_self_harm", "je pense à me suicider ce soir"),
    ("suicide_self_harm", "j'ai envie d'en finir, j'ai préparé les médicaments"),
    ("suicide_self_harm", "mon ado dit qu'il veut mourir pis il a un couteau"),
    ("suicide_self_harm", "je veux pu être là, tout le monde serait mieux sans moi"),
    ("suicide_self_harm", "ma soeur a écrit une lettre d'adieu et elle est partie"),
    ("suicide_self_harm", "j'ai plus envie de vivre, j'ai les pilules devant moi"),
    ("suicide_self_harm", "ya no quiero estar aquí, tengo las pastillas listas"),
    ("suicide_self_harm", "mi hija dice que se quiere quitar la vida"),
    ("suicide_self_harm", "estoy pensando en aventarme del puente"),
    ("suicide_self_harm", "mi esposo dice que ya no quiere vivir y tiene una pistola"),
    ("suicide_self_harm", "me quiero morir, ya escribí las cartas para mis hijos"),
    ("suicide_self_harm", "quiero dormirme y no despertar nunca"),
    ("suicide_self_harm", "mi hijo se encerró y dice que se va a ahorcar"),
    ("overdose_poisoning", "my toddler swallowed one of my oxycodone"),
    (
        "overdose_poisoning",
        "my 18 month old ate a bunch of gummy vitamins with iron, the whole bottle is empty",
    ),
    (
        "overdose_poisoning",
        "found my 4 year old with an open bottle of tylenol, don't know how many she had",
    ),
    ("overdose_poisoning", "my husband took 30 of his heart pills"),
    ("overdose_poisoning", "my teen took a whole box of benadryl, she's seeing things"),
    (
        "overdose_poisoning",
        "she's been drinking and took a handful of her anxiety pills, she's slurring and can't stay awake",
    ),
    ("overdose_poisoning", "my dad double dosed his insulin and now he's sweaty and confused"),
    ("overdose_poisoning", "ma fille de 3 ans a mangé des comprimés de fer"),
    ("overdose_poisoning", "mon petit a bu du lave-glace"),
    ("overdose_poisoning", "mon ami a pris trop de xanax, il respire à peine"),
    ("overdose_poisoning", "j'ai avalé toute ma plaquette de somnifères"),
    ("overdose_poisoning", "mi hijo se tomó un frasco de jarabe entero y está muy dormido"),
    ("overdose_poisoning", "mi niña se tragó una pila de botón"),
    ("overdose_poisoning", "mi tío mezcló pastillas con alcohol y no despierta bien"),
    ("overdose_poisoning", "mi amigo se metió fentanilo y tiene los labios morados"),
    ("seizure_unconscious", "my mom is having a seizure and it's been 5 minutes"),
    ("seizure_unconscious", "my son is convulsing and won't stop"),
    ("seizure_unconscious", "he collapsed and isn't breathing right, won't wake up"),
    ("seizure_unconscious", "my baby went stiff and started jerking, lips turning blue"),
    (
        "seizure_unconscious",
        "my wife is on the floor shaking and drooling and doesn't recognise me",
    ),
    ("seizure_unconscious", "my dad is staring blankly and twitching on one side, not responding"),
    ("seizure_unconscious", "mon bébé est devenu tout raide pis il tremble"),
    ("seizure_unconscious", "ma fille a fait une convulsion et elle se réveille pas"),
    ("seizure_unconscious", "mon père est tombé et répond plus"),
    ("seizure_unconscious", "mi bebé se puso tieso y empezó a temblar"),
    ("seizure_unconscious", "mi papá está tirado en el piso y no reacciona"),
    ("seizure_unconscious", "mi hijo está convulsionando"),
    ("headache", "worst headache of my life, came on suddenly"),
    ("headache", "thunderclap headache right now"),
    ("headache", "sudden excruciating headache and my neck is stiff"),
    ("headache", "my head suddenly started pounding like never before and i threw up"),
    ("headache", "j'ai un mal de tête soudain, le pire de ma vie"),
    ("headache", "j'ai la nuque raide pis de la fièvre, la lumière me fait mal"),
    ("headache", "me dio un dolor de cabeza de repente, el peor de mi vida"),
    ("headache", "tengo fiebre y el cuello rígido, me molesta la luz"),
    ("pregnancy", "i'm pregnant and bleeding heavily"),
    ("pregnancy", "im 12 weeks pregnant and bleeding with cramps"),
    ("pregnancy", "28 weeks pregnant with a pounding headache and swollen face"),
    ("pregnancy", "i'm 33 weeks and my belly is hard and hurting nonstop, some bleeding"),
    ("pregnancy", "37 weeks and i'm leaking greenish fluid"),
    ("pregnancy", "je suis enceinte et je saigne beaucoup"),
    ("pregnancy", "enceinte de 30 semaines, j'ai mal à la tête et je vois des étoiles"),
    ("pregnancy", "estoy embarazada y estoy sangrando mucho"),
    ("pregnancy", "tengo 29 semanas y se me rompió la fuente"),
    ("pregnancy", "tengo 32 semanas y no siento al bebé"),
    ("infant_fever", "my newborn has a fever of 38.1"),
    ("infant_fever", "my 6 week old feels really hot and won't eat"),
    ("infant_fever", "mon nouveau-né est brûlant"),
    ("infant_fever", "mi bebé de 2 meses tiene calentura"),
    ("suicide_self_harm", "i have nothing left to live for and ive got pills saved up"),
    ("suicide_self_harm", "nobody would even miss me, i have the pills counted out on my desk"),
    ("suicide_self_harm", "my wife locked herself in the garage with the car running"),
    ("suicide_self_harm", "im sitting on the edge of the bridge right now"),
    ("suicide_self_harm", "my son said he wants to be dead and he's been hurting himself"),
    ("suicide_self_harm", "she keeps saying she wants to go to sleep forever"),
    ("suicide_self_harm", "i took a razor to my arms again tonight and cant stop"),
    ("suicide_self_harm", "i dont see the point in living anymore"),
    ("suicide_self_harm", "je me suis scarifiée ce soir et ça saigne beaucoup"),
    ("suicide_self_harm", "je suis sur le bord du pont pis je pense sauter"),
    ("suicide_self_harm", "j'ai acheté une corde, je veux en finir"),
    ("suicide_self_harm", "mon frère parle de se tirer une balle"),
    ("suicide_self_harm", "estoy en la azotea y me quiero aventar"),
    ("suicide_self_harm", "ya no le encuentro sentido a nada, tengo la soga lista"),
    ("suicide_self_harm", "mi hija se cortó las muñecas"),
    ("suicide_self_harm", "me corté a propósito y no para de sangrar"),
    ("overdose_poisoning", "my 2yo drank some of the windex"),
    ("overdose_poisoning", "the baby got a hold of my edibles and ate two"),
    ("overdose_poisoning", "my daughter swallowed her brothers ritalin, like 5 of them"),
    ("overdose_poisoning", "my son ate rat poison pellets from the garage"),
    (
        "overdose_poisoning",
        "my mom mixed up her pills and took her warfarin 3 times today, now her gums are bleeding",
    ),
    ("overdose_poisoning", "he smoked something laced and now he's unresponsive"),
    ("overdose_poisoning", "mon fils de 4 ans a croqué des gummies de mélatonine, le pot est vide"),
    (
        "overdose_poisoning",
        "mon conjoint a pris une poignée de somnifères avec du vin, il est dans les vapes",
    ),
    ("overdose_poisoning", "mi niño se tomó el cloro"),
    ("overdose_poisoning", "mi bebé se comió una bolita de naftalina"),
    ("overdose_poisoning", "mi hermano se tomó un puño de pastillas y no responde bien"),
    (
        "overdose_poisoning",
        "la abuela se equivocó y se tomó doble dosis de insulina, está sudando y confundida",
    ),
    ("seizure_unconscious", "my toddler is having a fit and his lips are going blue"),
    ("seizure_unconscious", "my husband is having a seizure"),
    ("seizure_unconscious", "she fainted and we cant wake her up"),
    ("seizure_unconscious", "my grandma slumped in her chair and won't respond"),
    ("seizure_unconscious", "mon bébé fait des convulsions avec de la fièvre"),
    ("seizure_unconscious", "il est inconscient depuis 2 minutes"),
    ("seizure_unconscious", "mi hija está teniendo un ataque y echa espuma por la boca"),
    ("seizure_unconscious", "se desmayó y no despierta"),
    ("headache", "the worst headache i've ever had came on like a thunderclap"),
    ("headache", "i have a sudden severe headache and i'm throwing up"),
    ("headache", "sudden blinding pain in the back of my head and my neck is stiff"),
    ("headache", "my head hurts like never before, it came out of nowhere"),
    ("headache", "mal de tête explosif d'un coup, le pire de ma vie"),
    ("headache", "de la nada me dio un dolor de cabeza horrible y vomité"),
    ("pregnancy", "i'm 34 weeks and bleeding bright red"),
    ("pregnancy", "im 8 months pregnant and having really bad stomach pain"),
    ("pregnancy", "my wife is 9 months pregnant and her water broke and she's bleeding"),
    ("pregnancy", "i'm 36 weeks and my face and hands are really swollen, headache won't go away"),
    ("pregnancy", "3 days after my c-section and i'm soaking pads with blood"),
    ("pregnancy", "j'ai accouché il y a 3 jours pis je saigne énormément"),
    ("pregnancy", "je suis enceinte de 7 mois et je saigne"),
    ("pregnancy", "estoy embarazada de 7 meses y me duele mucho la panza"),
    ("pregnancy", "tengo 8 meses de embarazo y no siento que se mueva el bebé"),
    ("infant_fever", "my 3 week old is burning up"),
    ("infant_fever", "my 7 week old has a 100.5 fever"),
    ("infant_fever", "mon bébé de 1 mois fait de la fièvre"),
    ("infant_fever", "mi bebé de 5 semanas tiene fiebre"),
]
MORE_LOOK_ALIKES = [
    "i took my pills this morning and now i'm throwing up, is that a side effect?",
    "had a coke and now my heart is racing lol",
    "i had some alcohol last night and i'm confused about my appointment time",
    "my son took a bunch of vitamins at once lol he's fine",
    "had wine with dinner and took my blood pressure pills, now a bit dizzy",
    "im pregnant, my toddler has a fever of 39, what can i give him",
    "je suis enceinte et ma fille fait 39 de fièvre, je peux lui donner du tylenol?",
    "estoy embarazada y mi hijo tiene fiebre de 39, ¿qué le doy?",
    "i'm 28 weeks, my husband has the flu with a high fever, should i stay away?",
    "my pregnant wife asked if she can take tylenol for a mild headache",
    "i'm pregnant, how much caffeine is safe?",
    "my 3 month old has a low fever after vaccines",
    "my 5 year old had a seizure last year, need his neuro follow up",
    "i got a huge headache from this spreadsheet lol",
    "my baby is due in 2 weeks",
    "je suis enceinte de 30 semaines, on peut prendre rendez-vous pour l'échographie?",
    "mi esposa tiene 32 semanas, ¿qué vitaminas le recomiendan?",
    "i bought a rope for my climbing trip, need a sports physical",
    "i'm going to do it! booking my first marathon, need a checkup",
    "my kid took his adhd meds, can he have coffee?",
    "my son got into the cookies lol",
    "im so tired of this job i could die",
    "this heat is killing me",
    "that movie killed me lol",
    "je suis mort de fatigue après ma journée",
    "ce trafic va me tuer",
    "me muero de sueño en la oficina",
    "mi jefe me va a matar si llego tarde",
    "i need to renew my prescription for sertraline, my mood is stable",
    "my uncle killed himself 10 years ago, i want to talk to a grief counsellor",
    "what should i say if my friend tells me she's suicidal?",
    "my 4 year old took his antibiotic a bit late today",
    "can i take tylenol and advil together",
    "i took my blood pressure pill twice, feel fine, anything to watch?",
    "mi hijo se tomó su medicina, ¿cuándo le doy la siguiente?",
    "mon fils a pris son sirop deux fois, il va bien, c'est grave?",
    "i get a little shaky when i skip breakfast",
    "my son had a febrile seizure when he was 2, now hes 6, any risk with vaccines?",
    "je tremble quand j'ai froid",
    "i have a headache after drinking wine last night",
    "j'ai mal à la tête depuis hier, c'est mon rhume",
    "tengo dolor de cabeza por el estrés",
    "i'm 10 weeks pregnant with some nausea, what can i eat",
    "je suis enceinte de 12 semaines et j'ai un rhume",
    "tengo 20 semanas y me duele un poco la espalda",
    "my 4 month old has a fever of 38.5",
    "this homework makes me want to die lol",
    "i'd rather die than go to that meeting haha",
    "je préférerais mourir que d'aller à ce souper lol",
    "prefiero morirme antes que ir a esa fiesta jaja",
    "my toddler ate a crayon",
    "my kid ate dirt at the park lol",
    "mi hijo se comió un chicle",
    "mon fils a avalé un noyau de cerise",
    "my son has epilepsy, need refill of his keppra",
    "i felt faint in the heat but sat down and im fine now",
    "my headache is the worst on mondays lol",
    "i get headaches when i don't drink enough water",
    "i'm 33 weeks and my feet are a bit swollen at the end of the day",
    "estoy embarazada, ¿puedo pintarme el pelo?",
    "my 10 week old had his shots and has no fever",
]


@pytest.mark.parametrize(("category", "message"), MORE_DESCRIBED)
def test_more_everyday_wordings_of_each_concept_fire(category: str, message: str) -> None:
    fires_as(category, message)


@pytest.mark.parametrize("message", MORE_LOOK_ALIKES)
def test_more_figures_of_speech_routine_and_history_stay_quiet(message: str) -> None:
    stays_quiet(message)


@pytest.mark.parametrize(
    "message",
    [
        "whats the point of living anymore",
        "what is the point of going on, i want to die",
        "what's the point of living if i feel like this every day, i just want to end it",
    ],
)
def test_a_despairing_question_is_not_a_topic_question(message: str) -> None:
    fires_as("suicide_self_harm", message)


def test_a_question_about_the_point_of_a_rule_stays_quiet() -> None:
    stays_quiet("whats the point of the new parking rules")
