"""Round 5: red flags described in a patient's own words, by concept rather than by phrase.

Each family below is a concept (the chest named with the body's alarm signs, two stroke
signs together, a child fighting for air, a deep or wide burn, ...) written in wordings of
our own, in English, French and Spanish, with look-alikes that must stay quiet.
"""

from __future__ import annotations

import pytest

from tests.assistant.triage_checks import fires_as, stays_quiet

CARDIAC = [
    "my chest feels weird and heavy and im drenched in sweat",
    "he keeps rubbing his chest, he's gone really pale and clammy",
    "tight band across my thorax, feel sick and like i might pass out",
    "it's like a fist squeezing my heart",
    "mon mari se tient la poitrine, il est tout gris et il transpire",
    "une barre qui m'écrase le thorax depuis une heure",
    "j'ai mal à la poitrine et des sueurs froides, envie de vomir",
    "le aprieta el pecho y está sudando frío",
    "mi papá se agarra el pecho, está pálido y con náuseas",
    "siento como si me apretaran el corazón",
]
NOT_CARDIAC = [
    "my chest x-ray results came back, also been sweating at night, can I book?",
    "chest infection with a cough, need antibiotics",
    "est-ce que je peux avoir une radio du thorax",
    "el corazón se me acelera con el café, luego se me pasa",
    "¿cómo sé si un dolor de pecho es grave?",
    "no chest pain, just a bit nauseous after dinner",
]


@pytest.mark.parametrize("message", CARDIAC)
def test_the_chest_named_with_the_bodys_alarm_signs_is_cardiac(message: str) -> None:
    fires_as("cardiac", message)


@pytest.mark.parametrize("message", NOT_CARDIAC)
def test_chest_tests_and_a_racing_heart_from_coffee_stay_quiet(message: str) -> None:
    stays_quiet(message)


STROKE = [
    "his right leg gave out all of a sudden and his words are coming out jumbled",
    "my left hand went dead and my vision went dark in one eye",
    "she's staggering to the left and her talking makes no sense",
    "out of nowhere my right arm is heavy and useless",
    "il peut plus lever sa jambe gauche pis il parle tout mélangé",
    "son bras droit est tout faible depuis 10 minutes",
    "sa bouche est croche d'un côté",
    "mi abuela no puede levantar el brazo derecho y habla enredado",
    "de repente tiene la pierna izquierda dormida y ve doble",
    "mi tío habla raro y se va de un lado al caminar",
]
NOT_STROKE = [
    "my left arm is numb after sleeping on it, goes away when I shake it",
    "my vision is a bit blurry after staring at screens all day",
    "j'ai les jambes lourdes après le hockey",
    "tengo el brazo izquierdo pesado desde el gimnasio",
    "his right arm is weak since his shoulder surgery last year",
]


@pytest.mark.parametrize("message", STROKE)
def test_two_stroke_signs_or_one_that_came_on_suddenly_is_a_stroke(message: str) -> None:
    fires_as("stroke", message)


@pytest.mark.parametrize("message", NOT_STROKE)
def test_a_slept_on_arm_or_tired_eyes_stay_quiet(message: str) -> None:
    stays_quiet(message)


BREATHING = [
    "you can see her ribs pulling in every time she breathes",
    "he can barely get three words out between breaths",
    "used his nebulizer twice and nothing, he's working so hard to breathe",
    "oximeter says 86 and she's breathing really fast",
    "my baby is breathing fast and her lips look dusky",
    "mon fils a du tirage, ça creuse sous ses côtes",
    "elle cherche son air pis elle peut pas finir ses phrases",
    "j'ai pris ma ventoline 4 fois pis ça change rien",
    "se le hunden las costillas cuando respira",
    "mi hijo respira rapidísimo y está morado",
    "el inhalador no le hace nada y ya casi no puede hablar",
]
NOT_BREATHING = [
    "a little wheezy when I run in cold air, my inhaler fixes it right away",
    "my oxygen was 98 at the pharmacy, is that good?",
    "breathing fast after my run, a bit pale, normal?",
    "ma saturation est à 97, c'est correct?",
    "je voudrais renouveler ma ventoline",
    "necesito otro inhalador, el mío ya casi se acaba",
]


@pytest.mark.parametrize("message", BREATHING)
def test_signs_of_fighting_for_air_are_breathing(message: str) -> None:
    fires_as("breathing", message)


@pytest.mark.parametrize("message", NOT_BREATHING)
def test_a_refill_a_good_reading_or_effort_stays_quiet(message: str) -> None:
    stays_quiet(message)


ANAPHYLAXIS = [
    "started the new amoxicillin and now my lips are puffing up and my voice sounds strange",
    "first time trying sesame, he's covered in hives and his voice is hoarse",
    "after the shot her throat feels tight",
    "il a pris un nouvel antibiotique, sa voix est rauque et il a de la misère à avaler",
    "premiere fois qu'elle mange du kiwi, elle est couverte d'urticaire",
    "le pusieron una vacuna y ahora está llena de ronchas y le cuesta respirar",
    "comió fresa por primera vez y tiene la voz ronca",
]
NOT_ANAPHYLAXIS = [
    "first time my son had kiwi, he loved it, any other fruits to try?",
    "my voice is hoarse after the concert",
    "j'ai la voix rauque depuis mon rhume",
    "tengo la voz ronca por gritar en el partido",
    "allergic to cats, sneezing and itchy eyes",
]


@pytest.mark.parametrize("message", ANAPHYLAXIS)
def test_airway_signs_after_a_new_food_or_drug_are_anaphylaxis(message: str) -> None:
    fires_as("anaphylaxis", message)


@pytest.mark.parametrize("message", NOT_ANAPHYLAXIS)
def test_a_hoarse_voice_or_a_new_food_alone_stays_quiet(message: str) -> None:
    stays_quiet(message)


BLEEDING = [
    "her nose has been pouring for an hour and she's on warfarin",
    "the cut on his leg is spurting every time his heart beats",
    "the towel is soaked through and I'm feeling lightheaded",
    "he's passing lots of blood from his bum and nearly fainted",
    "ça pisse du nez depuis 40 minutes et elle est toute pâle",
    "il saigne de la tête et il est étourdi",
    "sale sangre a borbotones de la herida",
    "está sangrando por la nariz y está mareado y pálido",
]
NOT_BLEEDING = [
    "my blood pressure med makes me dizzy, is that common?",
    "had blood drawn this morning and felt a bit faint, all good now",
    "I'm on blood thinners, can I take ibuprofen?",
    "my sleeve is soaked from the rain, do you have a coat rack lol",
    "me sacaron sangre y me mareé un poco",
]


@pytest.mark.parametrize("message", BLEEDING)
def test_blood_pouring_or_with_signs_of_shock_is_bleeding(message: str) -> None:
    fires_as("bleeding", message)


@pytest.mark.parametrize("message", NOT_BLEEDING)
def test_blood_pressure_blood_tests_and_a_wet_sleeve_stay_quiet(message: str) -> None:
    stays_quiet(message)


BURN = [
    "my brother got electrocuted fixing the light",
    "grabbed the pan of hot oil, her whole palm is one huge blister",
    "the campfire spat and his shin skin is white and leathery",
    "boiling kettle over her face",
    "il s'est ébouillanté, la peau part en lambeaux",
    "l'acide a coulé sur son bras, la peau est toute blanche",
    "il s'est brûlé le visage avec le barbecue",
    "se le cayó aceite hirviendo y tiene ampollas enormes",
    "se quemó con la estufa y tiene la piel en carne viva",
    "se le quemaron los ojos con cloro",
]
NOT_BURN = [
    "sunburned my face at the beach, a bit red",
    "burned my finger on the oven rack, small red spot, fine",
    "je me suis brûlée sur la porte du four, petite rougeur",
    "me quemé un dedo con la charola, está rojito",
    "blisters on my heels from new hiking boots",
]


@pytest.mark.parametrize("message", BURN)
def test_a_deep_wide_facial_or_electrical_burn_is_a_burn(message: str) -> None:
    fires_as("burn", message)


@pytest.mark.parametrize("message", NOT_BURN)
def test_a_small_burn_a_sunburn_or_boot_blisters_stay_quiet(message: str) -> None:
    stays_quiet(message)


CHOKING = [
    "my toddler put a grape in his mouth and now he's clutching his throat",
    "she swallowed a button, making a high pitched noise",
    "il a avalé un morceau de pomme et il se tient la gorge",
    "mon père s'est étouffé avec son steak",
    "se le atoró un dulce al niño y no le sale la voz",
    "a mi papá se le atoró la carne y se está poniendo morado",
]
NOT_CHOKING = [
    "I'm choking on all these forms lol, where do I send them",
    "me atraganté con agua pero tosí y ya estoy bien",
    "j'ai avalé de travers, j'ai toussé pis c'est correct",
    "struggling to swallow my big pills, is there a liquid form?",
]


@pytest.mark.parametrize("message", CHOKING)
def test_something_in_the_mouth_and_a_blocked_airway_is_choking(message: str) -> None:
    fires_as("choking", message)


@pytest.mark.parametrize("message", NOT_CHOKING)
def test_paperwork_a_cough_that_cleared_and_big_pills_stay_quiet(message: str) -> None:
    stays_quiet(message)


FIGURES_OF_SPEECH_AND_DENIALS = [
    "j'étouffe dans ce bureau, je voudrais un billet pour du télétravail",
    "me ahogo de calor en esta oficina",
    "neck is stiff from sleeping wrong, no fever",
    "je me sens un peu déprimée depuis l'automne, je voudrais voir un psy",
]


@pytest.mark.parametrize("message", FIGURES_OF_SPEECH_AND_DENIALS)
def test_stuffy_rooms_denied_signs_and_rare_words_stay_quiet(message: str) -> None:
    stays_quiet(message)


def test_a_stuffy_room_does_not_hide_a_child_choking_in_it() -> None:
    fires_as("choking", "ma fille s'étouffe dans la chambre")


MORE_LOOK_ALIKES = [
    "got burned by the sun on sunday, big blisters",
    "suddenly my right hand is numb, i was sleeping on it",
    "my baby breathes fast when she feeds, pale skin is normal for her?",
    "mi bebé respira rápido y es muy pálida de piel, ¿es normal?",
    "my oxygen dropped to 89 on the flight but fine now",
    "I get faint when I see blood, can the nurse do my test lying down",
    "burning in my chest after tacos, a bit nauseous",
]


@pytest.mark.parametrize("message", MORE_LOOK_ALIKES)
def test_sunburn_a_slept_on_hand_pale_skin_and_a_reading_now_fine_stay_quiet(
    message: str,
) -> None:
    stays_quiet(message)


@pytest.mark.parametrize(
    "message",
    [
        "my mom's oxygen is 84 and she's confused",
        "su saturación está en 85",
        "son saturomètre indique 88",
    ],
)
def test_an_oxygen_reading_of_90_or_under_is_breathing(message: str) -> None:
    fires_as("breathing", message)


IN_OTHER_WORDS = [
    (
        "cardiac",
        "my husband says it feels like indigestion but hes grey and sweating and it wont go away",
    ),
    ("cardiac", "pressure in my chest like a belt being tightened, my left arm is tingling"),
    ("cardiac", "ça me serre dans la poitrine pis j'ai le bras gauche engourdi"),
    ("cardiac", "mon père a chaud, il sue, il dit qu'il a comme un poids sur la poitrine"),
    ("cardiac", "siento un peso en el pecho y me duele la quijada, estoy sudando"),
    ("cardiac", "mi mamá dice que le quema el pecho y está sudando frío y pálida"),
    ("stroke", "my dad suddenly cant find his words and his right hand keeps dropping things"),
    ("stroke", "her face looks lopsided and she can't lift her arm"),
    ("stroke", "mon grand-père a la bouche qui pend d'un bord et il parle pas clair"),
    ("stroke", "ma mère a soudainement perdu la vue d'un oeil et sa main droite est engourdie"),
    ("stroke", "a mi papá se le durmió medio cuerpo de repente"),
    ("stroke", "mi esposa de repente no puede hablar bien y se le cae el brazo"),
    ("breathing", "my grandad is breathing really hard and his lips are going blue"),
    ("breathing", "she's wheezing and can't talk in full sentences"),
    ("breathing", "mon fils respire vite pis il tire au niveau du cou"),
    ("breathing", "ma fille a de la misère à respirer, elle est bleue autour de la bouche"),
    ("breathing", "mi papá se está ahogando, no le entra el aire y tiene los labios morados"),
    ("breathing", "mi hija respira con mucho esfuerzo, se le hunde el pecho"),
    (
        "anaphylaxis",
        "ate a cashew by mistake and my throat feels like its closing and im covered in hives",
    ),
    (
        "anaphylaxis",
        "got stung and now i feel dizzy, my face is swelling and i have hives everywhere",
    ),
    (
        "anaphylaxis",
        "mon fils a mangé des arachides, ses lèvres enflent pis il a de la difficulté à respirer",
    ),
    ("anaphylaxis", "me dieron penicilina y se me hinchó la cara y me cuesta tragar"),
    ("bleeding", "he cut his thigh on a saw and its spurting"),
    ("bleeding", "my nose has been bleeding for an hour and it wont stop"),
    ("bleeding", "je me suis coupé avec un couteau, ça saigne beaucoup et j'ai la tête qui tourne"),
    ("bleeding", "mi hijo se cortó la mano y no para de salir sangre"),
    ("bleeding", "she is throwing up what looks like coffee grounds and is dizzy"),
    ("burn", "my son pulled a pot of boiling soup onto himself, his chest is blistering"),
    ("burn", "got splashed with drain cleaner in the eye"),
    ("burn", "mon fils s'est brûlé avec de l'eau bouillante sur tout le bras"),
    ("burn", "la cocina se incendió y mi mamá tiene quemaduras en los brazos y la cara"),
    ("burn", "se echó encima el café hirviendo, tiene ampollas por todo el pecho"),
    ("choking", "my son is choking on a piece of hot dog and cant breathe"),
    ("choking", "baby swallowed a small magnet and now shes gagging and turning red"),
    ("choking", "ma fille a un bonbon pris dans la gorge, elle devient bleue"),
    ("choking", "mi bebé se metió una moneda a la boca y no puede respirar"),
]


@pytest.mark.parametrize(("category", "message"), IN_OTHER_WORDS)
def test_each_concept_in_other_everyday_words_fires_as_its_category(
    category: str, message: str
) -> None:
    fires_as(category, message)


QUIET_IN_OTHER_WORDS = [
    "heartburn at night and night sweats, menopause?",
    "the bleach smell makes my eyes water",
    "got shampoo in my eye, stings",
    "un peu de javel sur la main, rincé, ça va",
    "se me cae el pelo, ¿vitaminas?",
    "je parle pas clair le matin lol",
    "my cat scratched me and theres a little blood, should i worry",
]


@pytest.mark.parametrize("message", QUIET_IN_OTHER_WORDS)
def test_night_sweats_a_stinging_eye_and_hair_loss_stay_quiet(message: str) -> None:
    stays_quiet(message)


MORE_OTHER_WORDS = [
    (
        "cardiac",
        "sorry to bother but my chest has this awful ache and im sweating like crazy and feel like throwing up",
    ),
    (
        "cardiac",
        "my boyfriend 45 is all sweaty and says theres a heavy feeling on his chest and his arm hurts",
    ),
    ("cardiac", "j'ai comme un étau dans le thorax et je suis en sueur"),
    (
        "cardiac",
        "mon chum est blême pis il a une douleur dans la poitrine qui descend dans le bras",
    ),
    ("cardiac", "mi suegro siente una opresión fuerte en el pecho y está empapado de sudor"),
    ("cardiac", "tengo como una piedra en el pecho y me siento muy mal, estoy sudando"),
    ("stroke", "my dad's speech went weird and one side of his body isnt working"),
    ("stroke", "granny's arm went limp out of nowhere and she's confused"),
    ("stroke", "she cant lift her left arm and her mouth looks crooked"),
    ("stroke", "mon père a le bras qui lâche tout d'un coup pis il bafouille"),
    ("stroke", "ma tante a la moitié du corps engourdie d'un coup"),
    ("stroke", "mi abuelo tiene la boca chueca y no puede mover la mano"),
    ("stroke", "de la nada a mi mamá se le durmió el brazo y la pierna del mismo lado"),
    ("breathing", "my 3 year old is breathing so fast and her belly is sucking in"),
    ("breathing", "my dad with copd is way more breathless than usual and his lips look blue"),
    ("breathing", "he cant breathe properly, panting and going grey"),
    ("breathing", "mon père fait de l'asthme, il respire très mal et sa pompe ne marche pas"),
    ("breathing", "ma fille a les lèvres bleues et elle respire fort"),
    ("breathing", "mi papá tiene la oxigenación en 84 y respira muy agitado"),
    ("breathing", "mi bebé respira muy rápido y se le marcan las costillas"),
    ("anaphylaxis", "she had a prawn and now her tongue feels thick and she sounds hoarse"),
    ("anaphylaxis", "my son got stung by a wasp, he has hives all over and is wheezing"),
    ("anaphylaxis", "après une piqûre d'abeille, j'ai des plaques partout et la gorge serrée"),
    ("anaphylaxis", "mi hijo comió nuez y se le está cerrando la garganta"),
    ("bleeding", "theres blood everywhere, he sliced his hand open on a broken bottle"),
    ("bleeding", "my wife is bleeding really heavily after a fall and looks very pale"),
    ("bleeding", "il s'est ouvert le bras et le sang arrête pas de couler"),
    ("bleeding", "mi papá vomitó sangre y está muy pálido"),
    ("bleeding", "se cortó con un vidrio y sangra muchísimo"),
    ("burn", "my daughter spilled boiling water on her legs, the skin is peeling off"),
    ("burn", "he got burned in a house fire and his hands are black"),
    ("burn", "ma fille s'est brûlée avec la friteuse, grosses cloques sur tout le bras"),
    ("burn", "mon père a reçu de la javel dans les yeux"),
    ("burn", "a mi hijo le cayó agua hirviendo en el pecho y se le está despegando la piel"),
    ("burn", "mi tío se electrocutó arreglando un cable"),
    ("choking", "my son has a candy stuck in his throat and he's turning blue"),
    ("choking", "grandpa is choking on steak, he cant talk"),
    ("choking", "mon bébé a avalé un petit jouet et il arrive plus à respirer"),
    ("choking", "a mi hija se le atoró una uva y no puede respirar"),
]


@pytest.mark.parametrize(("category", "message"), MORE_OTHER_WORDS)
def test_caregivers_and_slang_describing_each_concept_fire_as_its_category(
    category: str, message: str
) -> None:
    fires_as(category, message)


MORE_QUIET = [
    "my arm went numb when i slept on it",
    "my tongue feels thick after the dentist",
    "my leg went dead after sitting cross legged, it's fine now",
    "i cant breathe through my nose, so congested, can i get a spray",
    "no puedo respirar por la nariz, estoy resfriado",
    "il arrive pas à respirer par le nez, il est enrhumé",
]


@pytest.mark.parametrize("message", MORE_QUIET)
def test_a_limb_that_went_to_sleep_and_a_blocked_nose_stay_quiet(message: str) -> None:
    stays_quiet(message)


EVERYDAY_LOOK_ALIKES = [
    "my chest hurts a bit since i started the new workout, also sweating a lot at the gym which is normal",
    "i had a hot flash and sweating, also some heartburn, perimenopause?",
    "my left leg is weak since my knee surgery, physio says its normal, need the next appointment",
    "out of nowhere i got a cramp in my leg last night, fine now",
    "my vision goes blurry when i read without my glasses",
    "i feel dizzy when i see blood, can i lie down for the blood test",
    "nosebleed this morning, stopped after 10 min, should i mention it",
    "burned my hand on the stove, a small blister, ran it under cold water",
    "my son has eczema and his skin is raw and weeping on his elbows, can we get a cream",
    "blisters all over my feet after the marathon",
    "my baby has a stuffy nose and breathes a bit noisy at night, no fever",
    "mon fils tousse et respire un peu vite quand il court, il va bien sinon",
    "ma voix est rauque depuis le karaoké",
    "j'ai le bras engourdi quand je dors dessus",
    "mi hijo tiene la piel roja y pelada por el sol",
    "tengo el brazo derecho débil desde la fractura del año pasado",
    "mi bebé tiene mocos y respira con ruido pero come bien",
    "se me quemó la mano con la plancha, una ampollita chiquita",
    "my dad needs his o2 tank refilled, his sats usually sit at 92",
    "i have copd and get breathless on the stairs, need my inhaler refilled",
    "im grey haired and sweating from the heat lol, is the clinic air conditioned",
    "my kid said his heart is pounding after the rollercoaster lol",
    "need a note, im drowning in work and choking on deadlines",
    "the forms are killing me, how do i upload my blood test results",
    "first time mom here, my baby sounds hoarse after crying all day, normal?",
]


@pytest.mark.parametrize("message", EVERYDAY_LOOK_ALIKES)
def test_effort_heat_old_injuries_and_small_burns_stay_quiet(message: str) -> None:
    stays_quiet(message)
