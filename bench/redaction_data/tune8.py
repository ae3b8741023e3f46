"""The "tune8" split: an eighth tuning set, aimed at people's names in patient-side chat, written
without looking at the engine.

Written from generate.py, templates.py, values.py, tune4.py, tune5.py and tune6.py (for the
interface, the annotation conventions and the pools not to reuse) and pyproject.toml (for the ruff
settings) only. The redaction engine, its tests, its benchmark code and its output were never
opened or run; the other data modules were only imported by a throwaway script that collected
their name, street, city and e-mail domain pools for the overlap check below.

It models the patient side of a US health system in the South and Southwest, Hawaii and Alaska,
with Spanish-, Vietnamese-, Tagalog-, Arabic-, Somali-, Haitian Creole- and Marshallese-speaking
patients. Most of its weight is on chat: portal messages, SMS, chatbot conversations, voicemail
transcriptions and call-centre chat transcripts, typed the way people type on phones (lowercase,
little punctuation, typos, run-ons, emoji, voice-to-text errors, English mixed with Spanish,
Vietnamese, Tagalog, Arabic, Somali, Haitian Creole, Marshallese, Hawaiian Pidgin, Samoan,
Tongan, Chuukese, Navajo and Yup'ik inside one message). People are named in passing with no cue
word ("tell hen i said thanks", "lovens drove me", "me and kiora are coming"): relatives, kids,
caregivers, neighbours, pastors, coworkers and staff (nurses, front desk, doctors with and without
"dr"), by given name alone, surname alone, nickname or initials, in lists, as sign-offs, at the
start of a message, in possessives ("{name}'s meds"), glued to punctuation or emoji, and beside
dates, phone numbers, addresses, member ids and e-mail addresses typed casually. Log lines
(chatbot and SMS-gateway logs, call-centre and CTI events, IVR, portal audit lines, JSON and
key=value, a few HL7 and X12 segments) carry names both in what users typed and in structured
fields; notes (phone encounters, portal message triage, nurse call-backs, social work and care
coordination) name patients, relatives and staff. The clean lines (PHI_FREE) look like the rest
but carry no identifier: chat that uses in their ordinary sense the words this split also uses as
names (kind, rains, beans, fingers, stump, dimes, spells, pickup, rage, laughing, pollo,
puente, vaca, ...), relatives and staff by role only ("my son", "the nurse", "my doctor", "hooyo",
"lola", "tutu"), eponyms, drug names, weekdays, months, states and countries, clinical values.

Names come from 63 origins weighted like those patients: Mexican, Guatemalan (Ladino and Maya),
Salvadoran, Honduran and Nicaraguan, Puerto Rican, Cuban, Dominican, Colombian and Venezuelan,
African American, Southern Anglo, Cajun, Louisiana Creole, Vietnamese, Montagnard, Filipino,
Ilocano, Native Hawaiian, Samoan, Tongan, Marshallese, Chuukese, Pohnpeian and Kosraean,
Chamorro, Yup'ik, Iñupiaq, Tlingit, Athabascan and Unangan, Navajo, Apache, Choctaw and
Muscogee, Pueblo and Tohono O'odham, Somali, Ethiopian and Eritrean, Yoruba, Igbo, Congolese,
South Sudanese, Haitian, Iraqi, Syrian, Lebanese, Yemeni, Afghan, Iranian, Pakistani, Punjabi and
Hindi, South Indian, Chinese, Korean, Japanese and Okinawan, Lao, Hmong, Khmer, Burmese, Karen and
Chin, Nepali and Bhutanese, Russian, Ukrainian, Bosnian, Greek, Jewish, Texas Czech, Texas German
and Portuguese. About a fifth of the names drawn are ordinary English words or common nouns
(word-name pools such as Kind, Honour, Rhythm, Nation, Rains, Stump, Fingers, Beans, and word
names inside the origin pools such as Rage, Laughing, Pickup, Spells, Weathers, Puente, Vaca,
Earnest), and nicknames are many ("Porkchop", "Chuleta", "Kolohe", "Qoorgaab", "Ti Zo").

No given name, family name, nickname, street name, city or e-mail domain here is in the pools of
values.py (with the Faker names it draws for both of its splits), templates.py, blind.py,
blind2.py to blind10.py, tune2.py to tune7.py, tune9.py, or in Faker's en_US first and last name
lists: a small script compared every word after folding accents and case (particles such as "de",
"al" or "ti", generic address and place words and top-level domains aside; a name made only of
such words was dropped) and reported zero overlaps.

Annotation follows tune4.py and tune5.py: a state is not scored; a title (Dr., nurse, pastor,
tita, aunty), a credential (MD, RN, PA-C) and a possessive "'s" stay outside the NAME; in HL7 and
X12 each name component is its own NAME; initials standing for a person ("tj", "dr k") are a
NAME; a weekday or a clock time beside a date ("tues 3/14", "mar 14 at 2") stays outside the
DATE, and so does "the" in "the 14th", while the "de" of a Spanish date is inside it ("14 de
marzo"); a whole logging or event timestamp is one DATE; a year, a month or a weekday alone is not
PHI; only ages over 89 are AGE_OVER_89 (in figures or words, English or Spanish). A few slots carry
non-PHI filler (request ids, latencies, clock times) so that log lines vary; their label is None.
"""

from __future__ import annotations

import random
import string
import unicodedata
from collections.abc import Callable
from itertools import zip_longest


def _p(text: str) -> list[str]:
    return [x.strip() for x in text.split(",") if x.strip()]


# --- Names -------------------------------------------------------------------------------------
# Per origin: weight, given names, family names.

ORIGINS: dict[str, tuple[int, list[str], list[str]]] = {
    # Mexican and Mexican American (Nahuatl given names among them)
    "mexican": (
        12,
        _p(
            "Zenaido, Adelina, Caritina, Prudencia, Maricruz, Eliud, Jovani, Uriel, Eztli, "
            "Bardomiano, Fructuoso, Senén, Aciano, Cresenciano, Juvenal, Lauriano, Oralia, Pomposa, "
            "Rogaciano, Cipriana, Escolástica, Hermila, Hipólita, Nicasia, Olegaria, Vicenta, "
            "Xiadani, Dayanara, Iyari, Aketzali, Janeth"
        ),
        _p(
            "Garcés, Puente, Sáenz, Tellez, Alderete, Borjón, Campa, Chaires, Cosío, Gallardo, Loya, "
            "Negrete, Padrón, Santoyo, Torrez, Trejo, Vaca, Ahumada, Barboza, Cardoza, Covián, "
            "Echavarría, Mayorga, Montaño, Samudio, Soltero, Zaragosa"
        ),
    ),
    # Guatemalan, Ladino and K'iche' and Q'eqchi' Maya
    "guatemalan": (
        3,
        _p("Eswin, Mynor, Glendy, Apolinario, Wiliam, Edvin, Walfre, Mishel, Baudilio"),
        _p(
            "Cac, Monterroso, Sapón, Cotzojay, Xuruc, Pixcar, Chután, Sacalxot, Quiñónez, Cifuentes"
        ),
    ),
    # Salvadoran
    "salvadoran": (
        3,
        _p("Yancy, Rhina, Ena, Cándido, Nohemy, Mauricia"),
        _p(
            "Majano, Monge, Osorio, Velasco, Abarca, Aguillón, Argumedo, Arriaza, Coto, Flamenco, "
            "Góchez, Martell, Peraza, Zaldaña"
        ),
    ),
    # Honduran and Nicaraguan
    "honduran_nicaraguan": (
        2,
        _p("Lenin, Norlan, Onán, Arlen, Greysi, Jeyson, Ninfa, Oneyda, Eldin"),
        _p(
            "Larios, Sandino, Tercero, Santamaría, Bueso, Carías, Galeano, Salgado, Kafati, Larach, "
            "Nasralla, Facussé"
        ),
    ),
    # Puerto Rican
    "puerto_rican": (
        2,
        _p("Yamilette, Lymari, Yomarie, Neysha, Ediberto, Pura, Virgen, Zaida, Leida, Waleska"),
        _p("Rolón, Febus, Santini, Olmo, Orengo, Zambrana, Tirado"),
    ),
    # Cuban
    "cuban": (
        2,
        _p("Yulieski, Dayron, Yumila, Misleidys, Arletys, Yailin, Marlenis"),
        _p(
            "Baró, Céspedes, Martí, Quesada, Santiesteban, Duquesne, Figueredo, Goicochea, Bacallao, "
            "Galbán, Jorrín, Tamargo, Vento"
        ),
    ),
    # Dominican
    "dominican": (
        1,
        _p(
            "Anyelina, Juancito, Yunelis, Ramonita, Mercedita, Raysa, Danelly, Fiordaliza, Nicauris, "
            "Yocasta, Yudeisy, Odalis, Alcibíades"
        ),
        _p("Rosó, Valerio, Ovalles, Payano, Suriel"),
    ),
    # Colombian and Venezuelan
    "colombian_venezuelan": (
        1,
        _p("Deiby, Stiven, Eliecer, Yurley, Yohandry, Jhoan, Yurany, Dairo, Jhonny"),
        _p("Cardona, Arbeláez, Villamizar, Zambrano"),
    ),
    # African American
    "african_american": (
        10,
        _p(
            "Ozie, Johnnie, Mozelle, Cleve, Shamiya, Amiyah, Jaylin, Demond, Lavonte, Deion, Quanda, "
            "Twanda, Rodell, Arnell, Ronisha, Shaquita, Taneisha, Lakita, Marquitta, Shanika, Maceo, "
            "Vondell, Wilbert, Eloise, Mittie, Willodean, Cleotis, Earnest, Elnora, Gracie, Hessie, "
            "Kizzy, Mahalia, Mazie, Neomi, Orelia, Pinkey, Rosabelle, Tinnie, Vergie, Wilhelmenia, "
            "Alvester, Bennie, Furman, Hezekiah, Theodis, Jamarion, Markeith, Quantavious, Tavarus, "
            "Tayshaun, Breasia, Destinee, Jakiyah, Kamora, Samiyah, Taliyah, Demarius, Dontavious, "
            "Jacorey, Kwadarius, Laquan, Sharod, Tevin, Daquarius, Tremayne, Kelisha, Latoria, "
            "Tawanna, Tekia, Torie, Vontrice, Zanetta, Lashanda, Sharhonda, Tomeka, Zenitra"
        ),
        _p(
            "Brazell, Cato, Spells, Starks, Burrell, Carmichael, Ridley, Brunson, Bazzell, Eady, "
            "Gadsen, McCrae, Odums, Wactor, Cooks, Durden, McKinnie, Weathers, Boatner, Braggs, "
            "Brickhouse, Claybrooks, Coachman, Crittendon, Ealey, Echols, Hardnett, Hubbert, Lemmons, "
            "Mackey, McCorvey, McKelvin, McMorris, Minter, Pinkard, Prioleau, Saxon, Seabrooks, "
            "Staley, Stringer, Tukes, Varnadoe, Whatley, Wynn, Bowens, Burroughs, Dorsett, Gilyard, "
            "Gist, Harden, Mattox, Mickle, Tolson, Upton, Woodson, Cheeseboro, McKissick, Sabb, "
            "Seawright, Tisby, Brailsford, Frasier, Grate, Manigo, Moultry, Gibbes, Mouzon"
        ),
    ),
    # Southern Anglo and Scots-Irish
    "southern_anglo": (
        10,
        _p(
            "Mayme, Rube, Emogene, Lurleen, Rayford, Wilton, Donnie, Inabelle, Maybell, Nelda, Zula, "
            "Arless, Beaulah, Enoch, Estle, Euel, Huel, Odus, Thurston, Ulis, Vollie, Wavel, Wendall, "
            "Wyman, Arvie, Bently, Paxon, Wesson, Etha, Fay, Onie, Reatha, Versa, Zada, Annabelle, "
            "Charleigh, Emmaline, Hadlee, Laykin, Rayleigh, Braylee, Lynlee, Marlee, Rylan"
        ),
        _p(
            "Abney, Autry, Bankston, Castleberry, Faulk, Fussell, Gandy, Hagler, Harrelson, Herndon, "
            "Hooten, Hutcheson, Ladner, Massengale, Motes, Nabors, Parnell, Pilcher, Raley, Rawls, "
            "Rowell, Sikes, Sumrall, Wilbanks, Sides, Aycock, Brumbelow, Cates, Crocker, Denson, "
            "Dismukes, Eskew, Gober, Hataway, Kilcrease, Lightsey, Mauldin, Meadors, Nix, Partain, "
            "Poythress, Rabun, Shealy, Slaton, Swindle, Tanksley, Turnage, Yelton, Cravey, Gilstrap, "
            "Killough, Sosebee, Warrick, Alred, Beddingfield, Brasfield, Bratcher, Burrage, Cannady, "
            "Causey, Chesser, Cleghorn, Creel, Dees, Dowdle, Eason, Edenfield, Ellington, Fain, Fite, "
            "Formby, Gaddis, Gainous, Gafford, Gosa, Gowan, Gurganus, Hambrick, Hardee, Hassell, "
            "Hearn, Hinson, Hollingshead, Howze, Kilgo, Lasseter, Lolley, Maddux, McCrory, Nolen, "
            "Peavy, Rushing, Scarbrough, Shirah, Tadlock, Towns, Traylor, Tutt, Weems, Whiddon, "
            "Windham, Yeager, Youngblood, Coker, Culbreth, Flurry, Gaskin, Glisson, Gunter, Kight, "
            "Knighton, Lott, McLendon, Minchew, Raulerson, Sasser, Usry, Vining, Yawn"
        ),
    ),
    # Cajun
    "cajun": (
        1,
        _p(
            "Clairville, Zeline, Ozite, Aurestile, Cleopha, Dorsin, Fulgence, Hermogene, Marcellin, "
            "Olide, Theotiste, Valcour, Arvillien, Wenceslas"
        ),
        _p(
            "Viator, Petitjean, Sittig, Achee, Baudoin, Courville, Delhomme, Duplechin, Kibodeaux, "
            "Leger, Simoneaux, Thibeaux"
        ),
    ),
    # Louisiana Creole
    "louisiana_creole": (
        1,
        _p(
            "Leontine, Severin, Marceline, Adolphine, Clothaire, Fernand, Marcelin, Odalie, Anatole, "
            "Heloise, Isidore, Lucienne, Ophelie, Seraphine, Ursule"
        ),
        _p(
            "LaCour, Landreaux, Mouledoux, Tournier, Batiste, Darensbourg, Derbigny, Fauria, Labat, "
            "Ponthieux, Roubion, Sauvinet, Tircuit, Zeno, Auzenne, Dejean, Frilot, Lavalais, Mayeux, "
            "Rochon"
        ),
    ),
    # Vietnamese (with Hakka Ngái names)
    "vietnamese": (
        4,
        _p(
            "Tánh, Nhơn, Thới, Túc, Hội, Mười, Bốn, Lập, Nguồn, Tiếp, Yếm, Khéo, Siêng, Chăm, Rạng, "
            "Mến, Hên, Nghiệp, Hạc, Giỏi, Quới, Thìn, Tuất, Hợi, Hẹn, Giữ, Phiến, Vẹn, Xiêm"
        ),
        _p("Yết, Cáp, Mộc, Voòng"),
    ),
    # Montagnard (Degar: Jarai, Rhade, Bahnar) of North Carolina
    "montagnard": (
        1,
        _p(
            "Y Dhun, Y Kuin, Y Tlam, H'Hen, H'Bim, H'Tlam, Hlang, Ngon, Bhan, Kpang, Rcham, Blui, "
            "Puih, Aprang"
        ),
        _p(
            "Ksor, Rmah, Eban, Mlo, Rcom, Kpa, Hdok, Buonya, Ayun, Rahlan, Adrong, Mdrang, Kpor, "
            "Enuol, Rlan, Kbuor, Hmok, Ktla, Niek, Hwing, Kdam, Bya"
        ),
    ),
    # Filipino (Tagalog and Kapampangan)
    "filipino": (
        3,
        _p(
            "Lito, Mylyn, Concordio, Honesto, Crispina, Dolorosa, Emerlinda, Manolito, Nenet, "
            "Bernalyn, Daisylyn, Genalyn, Mariecris, Jhonrey, Jeric, Bryle"
        ),
        _p(
            "Malonzo, Tabaquero, Viray, Batungbakal, Maniquis, Tayag, Dalangin, Gaddi, Honrado, "
            "Jocson, Lansangan, Malacad, Olaguer, Rivadeneira, Vergara, Lacandula, Palacol, Quirante"
        ),
    ),
    # Ilocano
    "ilocano": (
        1,
        _p("Dominador, Nardo, Basilisa, Catalino, Juanito, Purita"),
        _p(
            "Agcaoili, Aglipay, Cabanilla, Butac, Gacula, Mamaril, Tabios, Tagorda, Agbulos, Bulosan, "
            "Corpuz, Fontanilla, Ibay, Nisperos, Rabanal, Sagadraca, Tacderas"
        ),
    ),
    # Native Hawaiian
    "hawaiian": (
        2,
        _p(
            "Nalu, Lono, Kaulana, Keakua, Mahealani, Kaiona, Pilialoha, Kalei, Makamae, Nanea, "
            "Puakea, Uilani, Wainani, Kaeo, Kaniela, Kimokeo, Manaiakalani"
        ),
        _p(
            "Kepaa, Apana, Kahue, Kaleohano, Kamaunu, Kaneakua, Keomaka, Nihipali, Aiona, Akaka, "
            "Hoopii, Kaahanui, Kaanoi, Kahalekai, Kahanu, Kaiama, Kalaniopio, Kauahi, Keahiolalo, "
            "Kuahiwinui, Makekau, Naeole, Nakanelua, Opunui, Peleiholani, Puou, Wahinekapu"
        ),
    ),
    # Samoan
    "samoan": (
        1,
        _p(
            "Mafutaga, Malae, Taulapapa, Tuiloma, Aokuso, Fiame, Kolini, Laumua, Misilugi, Ofisa, "
            "Pesefea, Saili, Taufao, Tulaga, Ulalei, Vaitusi, Lupematasila, Salamasina, Sauni, "
            "Tagaloa, Tumua"
        ),
        _p(
            "Faalogo, Seiuli, Suaava, Tamasese, Leavasa, Eteuati, Magalei, Pulefaasisina, Tofaeono, "
            "Aumavae, Faatasi, Gaoteote, Lauofo, Mulitalo, Tautolo"
        ),
    ),
    # Tongan
    "tongan": (
        1,
        _p("Fusi, Kulu, Alisi, Ofeina, Uinise, Vaiola, Soane, Toafa"),
        _p("Helu, Paongo, Halaholo, Kauvaka, Fakatou, Kata, Lealaogata, Naeata, Unufe, Vunipola"),
    ),
    # Marshallese (in Arkansas, Oklahoma, Hawaii)
    "marshallese": (
        2,
        _p(
            "Likinono, Limenka, Lijina, Liwoj, Limjeje, Kanji, Lanjo, Kinoj, Telmej, Jekron, Neiar, "
            "Rine, Alson, Jitdam, Lakmej, Tarlang, Jenelyn, Kiora, Nerik"
        ),
        _p(
            "Langinbelik, Laninvelik, Jorbon, Tibon, Nashion, Jeadrik, Lokot, Jitiam, Jibon, "
            "Anmontha, Jorkan, Abija, Laijo, Lojkar, Aini"
        ),
    ),
    # Chuukese
    "chuukese": (
        1,
        _p(
            "Iteko, Kachutosy, Ketson, Aritos, Kiomi, Mikarson, Kachuo, Innocenta, Merlyn, Kintoki, "
            "Rosiana, Yosiro"
        ),
        _p(
            "Setik, Killion, Welle, Mailo, Heldart, Buliche, Chipwe, Enlet, Kanichy, Ocheriam, "
            "Sakuma, Siwi, Wasan"
        ),
    ),
    # Pohnpeian and Kosraean
    "pohnpeian_kosraean": (
        1,
        _p(
            "Srue, Tulensa, Palik, Sepe, Tolenna, Lihla, Kasner, Hainrick, Lerson, Welsin, Yoslyn, "
            "Sohnel, Shrue"
        ),
        _p(
            "Lippwe, Palsis, Tilfas, Skilling, Waguk, Taulung, Likiaksa, Kilafwasru, Etscheit, "
            "Iriarte, Ioanis, Sohl, Lohn, Welson, Andon, Elymore, Kephas, Sarapio"
        ),
    ),
    # Chamorro
    "chamorro": (
        1,
        _p("Lagrimas, Consolacion, Segundo, Siñot, Sinora, Bernadita"),
        _p("Calvo, Materne, Taimanglo, Acfalle, Respicio, Ungacta"),
    ),
    # Yup'ik
    "yupik": (
        1,
        _p(
            "Atsaq, Cikigaq, Tuntuq, Nuniq, Apaq, Iqugaq, Maklak, Qaqulluk, Anguteka, Elriq, "
            "Paniguaq, Qaluyaaq"
        ),
        _p("Sipary, Amukon, Tunuchuk, Usugan, Egoak, Kusauyaq, Napoka"),
    ),
    # Iñupiaq
    "inupiaq": (
        1,
        _p(
            "Tagiuq, Qinugana, Suuqina, Agnaqsiaq, Uqaaliq, Paniattaaq, Qaunnaq, Nuvuk, Siku, Amaguq, "
            "Tuttu, Aanaq, Kunuk, Taqulik, Ilisaurri, Aviq, Mumiaq, Nasruk"
        ),
        _p(
            "Ahmaogak, Neakok, Oenga, Rexford, Sovalik, Tazruk, Aveoganna, Kaigelak, Segevan, "
            "Leavitt, Ningeok"
        ),
    ),
    # Tlingit
    "tlingit": (
        1,
        _p(
            "Shaawatseek, Kaachkoo, Aanshaawatk, Gooch, Yeil, Kaakal, Keixwnei, Shaakoon, Taakw, "
            "Daxkeilgeik, Kaatooshtoow, Xeitl, Seikooshi, Yeidikook"
        ),
        _p(
            "Kookesh, Kadashan, Shotridge, Katzeek, Nannauck, Sheakley, Tagaban, Kitka, Peratrovich, "
            "Kasko, Worl, Dangeli, Hotch, Kunz, Soboleff, Zuboff"
        ),
    ),
    # Athabascan and Unangan (Aleut), with Russian Orthodox given names
    "athabascan_aleut": (
        1,
        _p(
            "Anfesia, Parascovia, Mavra, Ignaty, Irenia, Akulina, Feodosia, Gerasim, Makary, Ustinia, "
            "Zosima"
        ),
        _p(
            "Golodoff, Kudrin, Merculieff, Prokopeuff, Shaishnikoff, Dushkin, Lekanoff, Kochutin, "
            "Bourdukofsky, Zacharof, Stepetin, Galaktionoff, Krukoff, Mensoff, Tetoff, Esmailka, "
            "Attla, Pitka, Yatlin, Nollner, Tritt, Demientieff, Nictune, Kriska, Demoski, Madros, "
            "Ketzler, Beetus"
        ),
    ),
    # Navajo (Diné)
    "navajo": (
        2,
        _p("Nahasdzaan, Dibe, Tsohanoai, Nizhonii, Anaba, Ooljee, Tahnibaa"),
        _p(
            "Curley, Keediniihii, Dinehdeal, Laughing, Betsuie, Arviso, Billiman, Cadman, Etcitty, "
            "Litson, Nakaidinae, Tapaha, Wero, Yabeny, Zonnie"
        ),
    ),
    # Western and Mescalero Apache
    "apache": (
        1,
        _p("Haske, Bidaban, Nalin, Sewa, Goyathlay, Itza, Taza, Lozen, Gouyen, Dilchii, Istanee"),
        _p(
            "Altaha, Declay, Tessay, Kessay, Nachu, Stago, Enjady, Magoosh, Kaydahzinne, Shanta, "
            "Venego, Lavadour, Cosen, Naiche, Bonito, Baha, Burdette"
        ),
    ),
    # Choctaw, Chickasaw and Muscogee (Creek)
    "choctaw_muscogee": (
        1,
        _p(
            "Nashoba, Taloa, Hotvle, Cufe, Ishki, Hoke, Alikchi, Hatak, Sepi, Tvstvnvke, Efa, Fuswv"
        ),
        _p(
            "Bucktrot, Noley, Hotubbee, Tushka, Ishcomer, Byington, Pistubbee, Kanimaya, Beams, "
            "Colbert, Postoak, Bushyhead, Pickup"
        ),
    ),
    # Pueblo (Zuni, Acoma, Tewa) and Tohono O'odham
    "pueblo_oodham": (
        1,
        _p("Tsiya, Pahponee, Kuwanyama, Tsabetsaye, Lolita, Eldred, Camillo, Sefarino"),
        _p(
            "Lahaleon, Laate, Wyaco, Eriacho, Chimoni, Bowekaty, Laiwakete, Nastacio, Vallo, Concho, "
            "Waquie, Narcho, Siquieros, Vavages, Wapaya"
        ),
    ),
    # Somali
    "somali": (
        2,
        _p(
            "Bashiir, Ahmednur, Qalib, Yusur, Deka, Suldan, Abdirizak, Ramla, Abdifatah, Bishaaro, "
            "Dalmar, Ghalib, Hirad, Jinow, Raxma"
        ),
        _p(
            "Rage, Wardhere, Galaal, Abdinur, Dhuhulow, Kediye, Maalin, Cagaweyne, Dhaqane, Gaal, "
            "Hiiraale, Jaamac, Khayre, Lugadheer, Mataan, Roobleh, Sahal, Waaberi"
        ),
    ),
    # Ethiopian and Eritrean
    "ethiopian_eritrean": (
        1,
        _p("Lidya, Dehab, Efrem, Belaynesh, Fasika, Kaleb"),
        _p("Fisseha, Gebrehiwot, Eshete, Yitbarek, Weldemichael, Gebreegziabher, Bezabih, Lakew"),
    ),
    # Nigerian Yoruba
    "yoruba": (
        1,
        _p("Adeyinka, Oluwatosin, Omowunmi, Damola, Iyanu"),
        _p(
            "Adetunji, Akinsanya, Animashaun, Dosunmu, Fadare, Fashanu, Kuti, Obafemi, Onifade, "
            "Osinowo, Sanni, Sodipo, Tijani"
        ),
    ),
    # Nigerian Igbo
    "igbo": (
        1,
        _p(
            "Olisa, Ebubechukwu, Munachi, Nkemdirim, Chidubem, Akachi, Nwakaego, Izuchukwu, "
            "Onyebuchi, Uzochukwu, Nneoma, Ekwutosi, Chukwunonso, Ijeamaka"
        ),
        _p(
            "Odili, Onwudiwe, Akubuike, Anene, Chiemeka, Chikwendu, Ejiofor, Ezeoke, Mba, Mgbemena, "
            "Nwaigwe, Nweke, Obiakor, Okoye, Onyekwere, Ukwu, Umeano, Uzoka"
        ),
    ),
    # Congolese
    "congolese": (
        1,
        _p("Kahindo, Masika, Kavira, Safari, Kasereka, Muhindo, Kambale, Faraja"),
        _p("Mulamba, Bampende, Luboya, Bahizi, Kabwe, Kambamba"),
    ),
    # South Sudanese (Dinka and Nuer)
    "south_sudanese": (
        1,
        _p("Atong, Nyakim, Aluel, Ajok, Makur, Nyanut"),
        _p("Yak, Aguer, Riak, Wol, Buol, Jok, Luak"),
    ),
    # Haitian
    "haitian": (
        2,
        _p(
            "Dieufort, Frantzy, Lovens, Marckenson, Tchaly, Widmaier, Ylionne, Yrvens, Daphnée, "
            "Nerline, Kettely, Sonson, Yolande, Clerveau, Thamara, Wideberg"
        ),
        _p(
            "Voltaire, Victome, Jolibois, Thélémaque, Décius, Ganthier, Lafontant, Sylné, Théodule, "
            "Exil, Isidor, Lubérisse"
        ),
    ),
    # Iraqi
    "iraqi": (
        1,
        _p("Dhafer, Falah, Haidar, Mahdi, Muntadhar, Shahad, Sura, Sarmad"),
        _p(
            "Al-Kaabi, Al-Karkhi, Hamoudi, Al-Samarrai, Al-Assadi, Al-Bahadli, Al-Daraji, Al-Fatlawi, "
            "Al-Jaberi, Al-Kinani, Al-Mashhadani, Al-Nuaimi, Al-Saedi, Al-Yasiri, Al-Zubaydi"
        ),
    ),
    # Syrian
    "syrian": (
        1,
        _p("Hussam, Dania, Lujain, Qutaiba, Taim, Haya, Nazir"),
        _p("Qassab, Homsi, Idlibi, Sawaf, Shaar, Zoabi, Arnaout, Mouakea, Safadi, Tlass"),
    ),
    # Lebanese
    "lebanese": (
        1,
        _p("Chadi, Nayla, Youmna, Charbel, Fadia, Wadih, Yolla, Rafic, Tanios"),
        _p(
            "Frangieh, Skaff, Chedid, Geagea, Jreige, Merhi, Rahme, Zakhour, Moukarzel, Sakr, Tohme"
        ),
    ),
    # Yemeni
    "yemeni": (
        1,
        _p("Mansoor, Yahya, Ebtisam, Rabab, Ghamdan, Shaif, Wadhah"),
        _p(
            "Al-Ahmar, Al-Iryani, Bawazir, Basalamah, Al-Qirbi, Almaqtari, Binhamad, Nasher, Obadi, "
            "Thabet"
        ),
    ),
    # Afghan (Pashtun and Tajik)
    "afghan": (
        1,
        _p("Ahmadullah, Sediqullah, Asadullah, Fazlullah, Jalaluddin, Masouda, Omaid, Sayedullah"),
        _p(
            "Zahir, Panjshiri, Daudzai, Hamdard, Ishaqzai, Jaji, Kharoti, Mojaddedi, Omarkhel, Wazir"
        ),
    ),
    # Iranian
    "iranian": (
        1,
        _p(
            "Giti, Homayoun, Zhaleh, Golrokh, Hengameh, Ardavan, Shahrokh, Soheil, Armita, Kimia, "
            "Tannaz, Yekta"
        ),
        _p(
            "Daryani, Eslami, Forouzan, Talebi, Ashrafi, Isfahani, Bozorgmehr, Ghaemi, Haghighi, "
            "Jahanshahi, Keshavarz, Madani"
        ),
    ),
    # Pakistani
    "pakistani": (
        1,
        _p(
            "Sobia, Atif, Umer, Bilawal, Fouzia, Tayyaba, Babar, Ghazanfar, Jahanzeb, Khurram, Owais, "
            "Rehan, Shoaib, Talha, Wajahat, Zohaib, Nimra, Rida, Sumbal, Tehmina, Zunaira"
        ),
        _p("Minhas, Satti, Hanjra, Jadoon, Sial"),
    ),
    # North Indian (Punjabi and Hindi)
    "punjabi_hindi": (
        1,
        _p(
            "Gurdev, Kanwaljit, Ujagar, Lovepreet, Gurcharan, Harinder, Nachhattar, Amarjot, "
            "Bikramjit, Darshan, Ishmeet, Tajinder"
        ),
        _p("Bhatnagar, Jhutti, Virdi, Bhangu, Saini, Aujla, Dhesi"),
    ),
    # South Indian (Tamil, Telugu, Malayali)
    "south_indian": (
        1,
        _p("Ayyappan, Krishnaveni, Lakshmikant, Sathyanarayana, Prasanna, Saraswathi, Anantha"),
        _p("Sastry, Govindarajan, Mahalingam, Nagarajan, Mallya, Prabhu, Kudva, Thyagarajan"),
    ),
    # Chinese (Mandarin pinyin)
    "chinese": (
        1,
        _p(
            "Xiaofei, Suyun, Dezhi, Changgeng, Fugui, Laifu, Shuangxi, Tiezhu, Zhenhai, Yongkang, "
            "Yufeng, Zhenguo, Baoguo, Zhaodi, Laidi, Pandi, Ruifen, Yanqiu"
        ),
        _p("Yuchi, Fei, Cang, Zhangsun, Taishi"),
    ),
    # Korean
    "korean": (
        1,
        _p(
            "Mal-soon, Dalsoon, Okbun, Geumbi, Kkeutsun, Mandeok, Bonggu, Chilseong, Pansul, Deokbae, "
            "Gapsun, Sunbok, Namsun, Keumok, Jungsook, Ilsoon, Sookhee, Gumja"
        ),
        _p("Ju, Gal, Eum, Gyo, Jeup, Jwa, Pyeong, Pung, Pil, Hae, Hyeong"),
    ),
    # Japanese and Okinawan (Hawaii)
    "japanese_okinawan": (
        2,
        _p(
            "Masao, Satoru, Wataru, Tsuruko, Kameko, Tsuyako, Kimie, Sumiye, Toshiye, Matsuyo, Fusae, "
            "Yukiye, Tamotsu, Masaichi, Tokuichi, Kamezo, Matsuo, Genichi, Seiichi, Kazuto, Kyuzo, "
            "Toraichi, Shizuka, Tomoe, Mitsuye, Hanayo"
        ),
        _p(
            "Ikehara, Sumida, Yanagi, Oyadomari, Nakamatsu, Aragaki, Ganeku, Kamisato, Kuba, Kuwaye, "
            "Maehara, Oshima, Sakugawa, Uechi, Higashionna, Nitta, Sunabe, Tasato, Tobaru, Yoshimoto, "
            "Ikei, Shiraishi, Urasaki, Yafuso"
        ),
    ),
    # Lao
    "lao": (
        1,
        _p(
            "Sisouk, Vanh, Souphanh, Bounthong, Outhay, Phouvong, Thavisouk, Vongduane, Somsanith, "
            "Bouaphanh, Khamphao, Latsamy, Malayvanh, Noukone, Saysana, Souliyanh"
        ),
        _p(
            "Sivongsay, Chanthavisouk, Phetsomphou, Chanthachack, Inthirath, Keosavang, Lattanavong, "
            "Outhavong, Phengsavath, Rasavong, Sanavongsay, Vannavong, Khammanivong, Vilaysane, "
            "Phetsarath"
        ),
    ),
    # Hmong (some written in RPA)
    "hmong": (
        1,
        _p("Cher, Txoov, Txiab, Zoov, Looj, Tswv, Pheej, Npis, Ntxhoo, Tsa, Choj, Vam, Ntaj"),
        _p("Haam, Faj, Heu, Mua, Yangh, Tcha, Bliaya"),
    ),
    # Cambodian (Khmer)
    "khmer": (
        1,
        _p(
            "Chantha, Rachana, Sovannarith, Somaly, Darith, Lyheang, Monyrath, Sovanny, Vichet, "
            "Chanrith, Kimheng, Phearum"
        ),
        _p(
            "Hun, Sor, Keat, Nget, Oeur, Sar, Loeung, Svay, Chhoeun, Hok, Lach, Phok, Seang, "
            "Chhoeung, Khut, Mek, Norng, Roeun, Saing, Tith, Voeun"
        ),
    ),
    # Burmese, Karen and Chin
    "karen_chin_burmese": (
        1,
        _p("Daw, Nan, Van Bik, Cer"),
        _p(
            "Nwe, Ral, Hsaw, Doh, Bik, Thlang, Ceu, Hrang, Khuang, Lianbik, Tlau, Sakhong, Bawihrin, "
            "Khant, Thwe"
        ),
    ),
    # Nepali and Bhutanese (Lhotshampa)
    "nepali_bhutanese": (
        1,
        _p(
            "Ghanashyam, Indramaya, Narad, Buddhi, Dhruba, Kaji, Tej, Chandramaya, Harimaya, "
            "Lilamaya, Manmaya, Tilmaya"
        ),
        _p("Chapagai, Bhattrai, Chamlagai, Thapaliya, Baniya"),
    ),
    # Russian
    "russian": (
        1,
        _p(
            "Timofey, Vladlen, Afanasy, Bronislav, Eduard, Kliment, Lavrenty, Mstislav, Nikanor, "
            "Serafima, Varvara, Yevgeniya"
        ),
        _p(
            "Abramov, Chernov, Kovalev, Kuzmin, Medvedev, Stepanov, Baranov, Denisov, Filippov, "
            "Loginov, Ustinov, Yakovlev"
        ),
    ),
    # Ukrainian
    "ukrainian": (
        1,
        _p("Viktoriya, Sviatoslav, Ustym, Yarema, Zynoviy, Yosyp"),
        _p("Holub, Zaporozhets, Honcharuk, Humeniuk, Kuchma, Nechyporenko, Shulha, Bondar"),
    ),
    # Bosnian
    "bosnian": (
        1,
        _p(
            "Admir, Alija, Almir, Amela, Elma, Emina, Enes, Ermin, Nihad, Refik, Zijad, Azra, Dževad"
        ),
        _p(
            "Bašić, Ferhatović, Hodžić, Jusić, Memić, Mešić, Smajić, Ibrahimović, Mujanović, Suljić, "
            "Džeko"
        ),
    ),
    # Greek
    "greek": (
        1,
        _p("Antigone, Chrysostomos, Iraklis, Thrasyvoulos, Xenofon, Theano, Zografia"),
        _p(
            "Panagopoulos, Baltas, Efstathiou, Hatzigeorgiou, Ntafos, Papoutsis, Sarantakos, "
            "Tzortzis, Zafeiriou, Mpouras"
        ),
    ),
    # Ashkenazi and Sephardic Jewish
    "jewish": (
        1,
        _p("Yosef, Zev, Ruchel, Malka, Hillel, Nachum, Frady, Henny"),
        _p(
            "Finkelstein, Ginsberg, Goldfarb, Lipschitz, Silverstein, Ashkenazi, Kornfeld, Rosenblum"
        ),
    ),
    # Texas Czech
    "czech_texan": (
        1,
        _p(
            "Frantisek, Blazena, Jindrich, Svatopluk, Vitezslav, Anezka, Jindriska, Marketa, Ruzena, "
            "Vendula, Vlastimil, Terezie, Rozalie, Johanka, Frantiska, Hynek"
        ),
        _p(
            "Bartosh, Chovanec, Dusek, Hlavaty, Janak, Kubena, Machacek, Mikeska, Novosad, Pavlicek, "
            "Sebesta, Skrabanek, Sulak, Valchar, Vrana, Zapalac, Zett, Kocurek, Kristynik, Polasek, "
            "Rabel, Stryk, Hranicky, Jurecek"
        ),
    ),
    # Texas German
    "german_texan": (
        1,
        _p("Armin, Hilmar, Gretchen, Hedwig, Gerhard"),
        _p(
            "Bremer, Dietert, Engelke, Fritze, Giesecke, Heinen, Kothmann, Lindig, Moellering, "
            "Ottmers, Pfluger, Rabke, Stautzenberger, Tatsch, Zesch, Dittmar, Hoerster, Kneese, "
            "Mebus, Nauwald, Weinheimer, Wahrmund, Hohmann"
        ),
    ),
    # Portuguese and Azorean (Hawaii)
    "portuguese": (
        1,
        _p("Albertino, Alzira, Diamantino, Elisabete, Felisberto, Lucília, Rogério, Aldina"),
        _p("Espínola, Ferraz, Madruga, Ornellas, Rapozo, Valim, Sardinha"),
    ),
}

# Given and family names that are also ordinary English words or common nouns.
WORD_GIVEN = _p(
    "Godsent, Givemore, Thankful, Kind, Handsome, Sweeter, Huck, Honour, Rhythm, Sweetness, Alleluia, "
    "Dimple, Dynasty, Nation, Godwill, Thankgod, Wealth, Infiniti, Maserati, Heavenlee, Blessyn, "
    "Goodboy, Sweetlove, Fearnot, Hopestill, Kindheart"
)
WORD_FAMILY = _p(
    "Butts, Rump, Lash, Fingers, Crutchfield, Bracey, Mourning, Grieve, Fears, Akin, Beans, Rains, "
    "Vane, Pancake, Stump, Rule, Dimes, Cashion, Moneyhan, Poorman, Richman, Bard, Lutes, Gardener, "
    "Boxx, Goodlove, Nailor, Wool, Pinchback, Lovings, Hardiman, Gladney, Badgett, Honeywood, "
    "Trueblood, Buyers, Dollarhide, Goodnough, Boiler, Kettler, Skillern, Pottle, Cupps, Forkner"
)
# What family and friends call people, in English, Spanish, Vietnamese, Tagalog, Somali,
# Haitian Creole, Hawaiian Pidgin and Cajun French.
NICKNAMES = _p(
    "Snookie, Chuchito, Chapo, Cheché, Pichi, Bòn, Mập, Lùn, Qoorgaab, Indhoyare, Ti Mari, Ti Tonton, "
    "Fats, Mugsy, Porkchop, Yank, Wookie, Guapo, Gugu, Mimo, Nini, Chuito, Cuquito, Gordis, Chiquito, "
    "Morenita, Chuleta, Tiki, Moki, Kolohe, Pohaku, Cece, Conchi, Toya, Chalo, Pollo, Bebang, "
    "Len-Len, Mít, Cún, Dheere, Gaab, Gaduud, Shiine, Ti Blan, Choupette, Ti Zo, Moke, Cap, Pituka, "
    "Pucho, Titin, Muñeca"
)

# Street names from South Texas, El Paso, Houston, New Orleans and Acadiana, Albuquerque, Tucson,
# Hawaii and Alaska; towns of the same regions and of the Marshallese Ozarks; regional ISPs.
STREETS = _p(
    "Kaumualii, Kuakini, Alii, Honoapiilani, Wakea, Farrington, Kanoelehua, Potranco, Hildebrand, "
    "Oracle, Chef Menteur, Carondelet, Gentilly, Ursulines, Frenchmen, Piety, Terpsichore, Melpomene, "
    "Muldoon, Boniface, Dimond, Spenard, Geist, Yandukin, Montezuma, Anacua, Coors, Montano, Tramway, "
    "Atrisco, Wirt, Telephone, Kashmere, Kuykendahl, Bingle, Hammerly, Gulfton, Renwick, Marigny, "
    "Bywater, Treme, Gravier, Poydras, Tulane, Lapalco, Barataria, Ambassador Caffery, Pinhook, "
    "Kaliste Saloom, Kamaaina, Kealakehe, Hualalai, Makala, Kaiminani, Kolekole, Kunia, Waikele, "
    "Paiwa, Lanikuhana, Meheula, Kuahelani, Hoomaluhia, Kahekili, Mokulele, Pulehu, Makani, Lauhala, "
    "Naniloa, Apapane, Iiwi, Elepaio, Amakihi, Pueo, Kolea, Akepa, Muskox, Snowshoe, Iditarod, "
    "Mushers, Chugach, Eklutna, Debarr, Bragaw, Raspberry, Ingra, Reka, Frio, Huebner, Prue, "
    "Military, Southcross, Presa, Steves, Probandt, Alazan, Chupaderas, Colima, Calaveras, Picoso, "
    "Doniphan, Transmountain, Resler, Lomaland, Edgemere, Montwood"
)
CITIES = _p(
    "Sanderson, Pyote, Grandfalls, Jayton, Rotan, Roby, Channing, Texline, Yorktown, Runge, Asherton, "
    "Encinal, Mirando City, Realitos, Hargill, Garciasville, Escobares, Salineño, Lopeño, Quartzsite, "
    "Wickenburg, Bagdad, Supai, Tonalea, Springerville, Eagar, Morenci, Willcox, Sonoita, Arivaca, "
    "Sasabe, Pisinemo, Lukeville, Tacna, Wellton, Dateland, Bylas, McNary, Pinetop, Acomita, Cubero, "
    "Datil, Quemado, Questa, Truchas, Bernalillo, Placitas, Estancia, Mountainair, Charenton, "
    "Labadieville, Pointe-aux-Chenes, Duson, Mansura, Cottonport, Simmesport, Plaucheville, "
    "Moreauville, Krotz Springs, Leonville, Tunica, Tutwiler, Hollandale, Rosedale, Schlater, Isola, "
    "Satartia, Hayneville, Lowndesboro, Fort Deposit, Notasulga, Boligee, Forkland, Kurtistown, "
    "Papaikou, Pepeekeo, Honomu, Laupahoehoe, Paauilo, Kukuihaele, Waikoloa, Holualoa, Honaunau, "
    "Haiku, Kula, Napili, Kaanapali, Kalaheo, Anahola, Hanalei, Princeville, Kahaluu, Kaaawa, "
    "Punaluu, Mokuleia, Makaha, Maili, Waiehu, Kualapuu, Maunaloa, Oscarville, Newtok, Shaktoolik, "
    "Koyuk, Elim, Golovin, Kobuk, Fort Yukon, Venetie, Koyukuk, Nulato, Kaltag, Huslia, Allakaket, "
    "Minto, Nenana, Northway, Tetlin, Tanacross, Chalkyitsik, Glennallen, Gakona, Chitina, Egegik, "
    "Chignik, Akutan, Nikolski, Atka, Ouzinkie, Akhiok, Seldovia, Nanwalek, Ninilchik, Kasilof, "
    "Girdwood, Chickaloon, Klukwan, Tenakee Springs, Kasaan, Hydaburg, Hyder, Tontitown, Cave "
    "Springs, Gravette, Hartshorne, Wapanucka, Tuskahoma, Nowata, Drumright, Kellyville, Wetumka, "
    "Weleetka, Konawa, Wanette, Tribbey, Indiahoma, Gotebo, Watonga, Seiling"
)
DOMAINS = _p(
    "wtrt.net, pdq.net, peoplescom.net, cmaaccess.com, airmail.net, alaskan.com, matanuska.com, "
    "aptalaska.net, otz.net, nushtel.com, bristolbay.com, arctic.net, lava.net, pixi.com, aloha.net, "
    "hughesnet.com, skyinet.net, saltel.net, etllao.com, telesom.net, ntamar.net, kalianet.to, "
    "samoatel.ws, ite.net, vtx.net, taosnet.com, sacred-wind.net, nntc.net, cebridge.net, "
    "lusfiber.net, eatel.net, cajunnet.com, ruraltelephone.net"
)

# Origins whose people often write the family name first ("Mộc Hên", "Ju Okbun", "Yuchi Fugui").
FAMILY_FIRST = {"vietnamese", "korean", "chinese"}
# Origins that carry a father's and a mother's surname ("Trejo Vaca", "Rolón-Orengo").
TWO_SURNAMES = {"mexican", "guatemalan", "salvadoran", "honduran_nicaraguan", "puerto_rican", "cuban",
                "dominican", "colombian_venezuelan"}  # fmt: skip
GEN_SUFFIX = ["Jr", "Sr", "II", "III"]
# How often a person is drawn from the word-name pools (the origin pools hold word names too:
# Rage, Laughing, Pickup, Spells, Weathers, Puente, Vaca, Earnest, ...).
WORD_SHARE = 0.16

# Letters that NFKD does not fold to ASCII.
_FOLD = str.maketrans({"đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ß": "ss", "ø": "o", "Ø": "O"})


def _fold(text: str) -> str:
    """Drop accents; keep ASCII letters, digits, spaces, hyphens and apostrophes."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in text if ch.isascii())


def _handle(text: str) -> str:
    return "".join(ch for ch in _fold(text).lower() if ch.isalnum())


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _origin(rng: random.Random) -> str:
    names = list(ORIGINS)
    return rng.choices(names, [ORIGINS[n][0] for n in names])[0]


def _initial(rng: random.Random) -> str:
    return rng.choice("ABCDEFGHJKLMNOPRSTVWYZ")


def _person_from(rng: random.Random, origin: str) -> tuple[str, str]:
    _, firsts, lasts = ORIGINS[origin]
    first, last = rng.choice(firsts), rng.choice(lasts)
    if origin in TWO_SURNAMES and rng.random() < 0.25 and " " not in last:
        other = rng.choice(lasts)
        if other != last and " " not in other:
            last = f"{last} {other}" if rng.random() < 0.75 else f"{last}-{other}"
    elif rng.random() < 0.04 and " " not in last and "-" not in last:  # married across origins
        other = rng.choice(ORIGINS[_origin(rng)][2])
        if " " not in other and "-" not in other and other != last:
            last = f"{last}-{other}"
    if rng.random() < 0.18:  # typed on a phone without accents
        first, last = _fold(first), _fold(last)
    return first, last


def _word_person(rng: random.Random) -> tuple[str, str]:
    first = rng.choice(WORD_GIVEN) if rng.random() < 0.55 else rng.choice(ORIGINS[_origin(rng)][1])
    last = rng.choice(WORD_FAMILY) if rng.random() < 0.8 else rng.choice(ORIGINS[_origin(rng)][2])
    return first, last


def person(rng: random.Random, _split: str = "tune8") -> tuple[str, str]:
    if rng.random() < WORD_SHARE:
        return _word_person(rng)
    return _person_from(rng, _origin(rng))


def surname(rng: random.Random, _split: str = "tune8") -> str:
    return person(rng)[1]


def _given_part(first: str) -> str:
    """The first word of a given name, for an initial or a handle ("Y Dhun" gives "Dhun")."""
    parts = [p for p in first.replace("-", " ").split(" ") if len(p) > 1 or p not in "YH"]
    return parts[0] if parts else first


def full_name(rng: random.Random, _split: str = "tune8") -> str:
    origin = _origin(rng)
    first, last = _word_person(rng) if rng.random() < WORD_SHARE else _person_from(rng, origin)
    form = rng.random()
    if origin in FAMILY_FIRST and form < 0.35:
        return f"{last} {first}"
    if form < 0.38:
        return f"{first} {last}"
    if form < 0.46:
        return first
    if form < 0.53:
        return f"{last}, {first}"
    if form < 0.59:
        return f"{first} {_initial(rng)}. {last}"
    if form < 0.64:
        return f"{_fold(first)} {_fold(last)}".lower()
    if form < 0.68:
        return f"{_given_part(first)[0]}. {last}"
    if form < 0.72:
        return f"{first} {last} {rng.choice(GEN_SUFFIX)}"
    if form < 0.75:
        return f"{first} '{rng.choice(NICKNAMES)}' {last}"
    if form < 0.79:
        return f"{_fold(last)}, {_fold(first)}".upper()
    if form < 0.83:
        middle = _given_part(rng.choice(ORIGINS[origin][1]))
        return f"{first} {middle} {last}" if middle != first else f"{first} {last}"
    if form < 0.86:
        return f"{first} {_initial(rng)} {last}"
    return f"{first} {last}"


def given_name(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return rng.choice(WORD_GIVEN)
    return rng.choice(ORIGINS[_origin(rng)][1])


def given_lower(rng: random.Random) -> str:
    """A given name as it is thumbed in: 'hen', 'lovens', 'tasato'."""
    return _fold(given_name(rng)).lower()


def _misspell(word: str, rng: random.Random) -> str:
    if len(word) < 4 or not word.isalpha():
        return word
    i = rng.randint(1, len(word) - 2)
    roll = rng.random()
    if roll < 0.35:  # swapped letters
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if roll < 0.65:  # a letter dropped
        return word[:i] + word[i + 1 :]
    if roll < 0.85:  # a letter doubled
        return word[: i + 1] + word[i:]
    return word[:i] + rng.choice("aeiouy") + word[i + 1 :]


def given_typo(rng: random.Random) -> str:
    """A given name typed or transcribed wrong: 'Kamroa', 'lovenns'."""
    name = _misspell(_fold(given_name(rng)), rng)
    return name.lower() if rng.random() < 0.6 else name


def word_given(rng: random.Random) -> str:
    return rng.choice(WORD_GIVEN)


def word_family(rng: random.Random) -> str:
    return rng.choice(WORD_FAMILY)


def word_name(rng: random.Random) -> str:
    first, last = _word_person(rng)
    return rng.choice([f"{first} {last}"] * 4 + [f"{last}, {first}", f"{first[0]}. {last}"])


def nickname(rng: random.Random) -> str:
    return rng.choice(NICKNAMES)


def initials(rng: random.Random) -> str:
    """Initials standing for a person: 'tj', 'K.B.', 'JRM'."""
    a, b = _initial(rng), _initial(rng)
    return rng.choice([f"{a}{b}", f"{a}{b}".lower(), f"{a}.{b}.", f"{a}.{b}".lower(),
                       f"{a}{_initial(rng)}{b}"])  # fmt: skip


def one_initial(rng: random.Random) -> str:
    """The one letter after a title: 'dr k', 'nurse t'."""
    return rng.choice("BCDGHJKLMNPRSTVWY")


def last_first(rng: random.Random) -> str:
    first, last = person(rng)
    return rng.choice(
        [f"{last}, {first}"] * 4 + [f"{last},{first}", f"{last}, {first} {_initial(rng)}."]
    )


def caps_name(rng: random.Random) -> str:
    """Header and CTI style: KUBA, TSUYAKO or KUBA,TSUYAKO M."""
    first, last = person(rng)
    first, last = _fold(first).upper(), _fold(last).upper()
    return rng.choice([f"{last}, {first}", f"{last},{first}", f"{first} {last}",
                       f"{last}, {first} {_initial(rng)}"])  # fmt: skip


def clinician(rng: random.Random) -> str:
    """A clinician's name as written before a credential: 'Ramla Waaberi', 'K. Tasato'."""
    first, last = person(rng)
    return rng.choice([f"{first} {last}", f"{first} {_initial(rng)}. {last}",
                       f"{_given_part(first)[0]}. {last}", f"{first} {last}"])  # fmt: skip


def given_upper(rng: random.Random) -> str:
    """An HL7 XPN.2 or X12 NM1 given-name component."""
    return _fold(person(rng)[0]).upper()


def family_upper(rng: random.Random) -> str:
    return _fold(person(rng)[1]).upper()


def middle_upper(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return _initial(rng)
    return _fold(_given_part(rng.choice(ORIGINS[_origin(rng)][1]))).upper()


# --- Places ------------------------------------------------------------------------------------

STREET_TYPES = [("St", 9), ("Street", 3), ("Ave", 6), ("Rd", 8), ("Road", 2), ("Dr", 6), ("Ln", 4),
                ("Blvd", 3), ("Ct", 3), ("Way", 2), ("Pl", 3), ("Cir", 2), ("Loop", 2), ("Pkwy", 1),
                ("Trl", 1), ("Hwy", 1)]  # fmt: skip
PREDIR = ["N ", "S ", "E ", "W ", "NE ", "SW ", "North ", "West ", "Old "]
UNITS = ["Apt 3C", "Apt. 214", "Unit 9", "#12", "# 5A", "Lot 31", "Trlr 4", "Ste 204", "Apt B",
         "Bldg 6 Apt 2", "Rear", "Upstairs", "Apt 1203", "Space 41", "Unit 4-B", "Apt 7"]  # fmt: skip


def _street_type(rng: random.Random) -> str:
    return rng.choices([s for s, _ in STREET_TYPES], [w for _, w in STREET_TYPES])[0]


def street_name(rng: random.Random) -> str:
    """A street with no house number: 'Kuykendahl Rd', 'Old Frio St'."""
    pre = rng.choice([""] * 7 + PREDIR)
    return f"{pre}{rng.choice(STREETS)} {_street_type(rng)}"


def unit(rng: random.Random) -> str:
    return rng.choice(UNITS)


def po_box(rng: random.Random) -> str:
    kind = rng.choice(["PO Box", "P.O. Box", "po box", "Box", "POB", "PO BOX"])
    return f"{kind} {rng.choice([rng.randint(1, 99), rng.randint(100, 9999), rng.randint(10000, 99999)])}"


def rural_route(rng: random.Random) -> str:
    return rng.choice([f"RR {rng.randint(1, 9)} Box {rng.randint(1, 400)}",
                       f"HC {rng.randint(61, 88)} Box {rng.randint(100, 3999)}",
                       f"{rng.randint(100, 29999)} FM {rng.randint(100, 3400)}",
                       f"{rng.randint(100, 9999)} County Rd {rng.randint(2, 990)}",
                       f"{rng.randint(1000, 19999)} US Hwy {rng.choice([59, 77, 83, 90, 180, 191, 285, 491])}",
                       f"Mile {rng.randint(2, 180)} {rng.choice(['Parks', 'Sterling', 'Glenn', 'Richardson'])} Hwy",
                       f"{rng.randint(100, 9999)} NM-{rng.randint(4, 599)}"])  # fmt: skip


def street_address(rng: random.Random, _split: str = "tune8") -> str:
    roll = rng.random()
    if roll < 0.07:
        return po_box(rng)
    if roll < 0.14:
        return rural_route(rng)
    if roll < 0.22:  # Hawaii house numbers carry the zone: 94-1052
        num = f"{rng.randint(41, 99)}-{rng.randint(100, 1999)}"
    else:
        num = str(rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 9999),
                              rng.randint(10000, 29999)]))  # fmt: skip
        if rng.random() < 0.04:
            num += " 1/2"
    line = f"{num} {street_name(rng)}"
    if rng.random() < 0.25:
        line += rng.choice([", ", " "]) + unit(rng)
    return line


def city(rng: random.Random, _split: str = "tune8") -> str:
    name = rng.choice(CITIES)
    return _fold(name) if rng.random() < 0.1 else name


def city_lower(rng: random.Random) -> str:
    return _fold(rng.choice(CITIES)).lower()


STATES = ["TX", "AZ", "NM", "LA", "MS", "AL", "OK", "AR", "HI", "AK", "GA", "FL", "Tex.", "Ariz.",
          "La.", "Okla.", "Ark.", "Texas", "Hawaii", "Alaska", "Arizona", "Louisiana", "tx", "hi",
          "ak", "nm"]  # fmt: skip
# ZIP prefixes of the states above.
_ZIP3 = [(750, 799), (850, 865), (870, 884), (700, 714), (386, 397), (350, 369), (730, 749),
         (716, 729), (967, 968), (995, 999), (300, 319), (320, 349)]  # fmt: skip


def state(rng: random.Random) -> str:
    return rng.choice(STATES)


def zip_code(rng: random.Random) -> str:
    lo, hi = rng.choice(_ZIP3)
    z = f"{rng.randint(lo, hi):03d}{rng.randint(1, 99):02d}"
    return f"{z}-{rng.randint(1, 9999):04d}" if rng.random() < 0.12 else z


# --- Dates and ages ----------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
CHAT_ABBR = ["jan", "feb", "mar", "apr", "may", "june", "july", "aug", "sept", "oct", "nov", "dec"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]  # fmt: skip
_DAYS_IN = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _ordinal(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _ymd(rng: random.Random, lo: int = 2018, hi: int = 2026) -> tuple[int, int, int]:
    y, m = rng.randint(lo, hi), rng.randint(1, 12)
    return y, m, rng.randint(1, _DAYS_IN[m - 1] if (m != 2 or y % 4 == 0) else 28)


def _birth_ymd(rng: random.Random) -> tuple[int, int, int]:
    return _ymd(rng, *rng.choice([(1922, 1935), (1936, 1970), (1971, 2025)]))


def numeric_md(rng: random.Random) -> str:
    """3/14, 03/14, 3-14, 3.14: month and day in figures."""
    _, m, d = _ymd(rng)
    return rng.choice([f"{m}/{d}", f"{m}/{d}", f"{m:02d}/{d:02d}", f"{m}-{d}", f"{m}.{d}"])


def worded_md(rng: random.Random) -> str:
    """march 14th, 14 march, feb 2nd, 2nd of feb."""
    _, m, d = _ymd(rng)
    mo, ab, ch, o = MONTHS[m - 1], ABBR[m - 1], CHAT_ABBR[m - 1], _ordinal(d)
    return rng.choice([f"{mo} {d}", f"{mo.lower()} {d}{o}", f"{ch} {d}", f"{ab}. {d}", f"{d} {mo}",
                       f"{d}{o} of {ch}", f"{mo} {d}{o}", f"{ch} {d}{o}"])  # fmt: skip


def month_day(rng: random.Random) -> str:
    return numeric_md(rng) if rng.random() < 0.5 else worded_md(rng)


def spanish_md(rng: random.Random) -> str:
    """14 de marzo, 2 de feb."""
    _, m, d = _ymd(rng)
    return rng.choice([f"{d} de {MESES[m - 1]}", f"{d} de {MESES[m - 1][:3]}"])


def day_th(rng: random.Random) -> str:
    """The day alone after "the": 14th."""
    d = rng.randint(1, 31)
    return f"{d}{_ordinal(d)}"


def _full(rng: random.Random, y: int, m: int, d: int) -> str:
    mo, ab = MONTHS[m - 1], ABBR[m - 1]
    return rng.choice([
        f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{m:02d}-{d:02d}-{y}",
        f"{y}-{m:02d}-{d:02d}", f"{mo} {d}, {y}", f"{ab} {d} {y}", f"{d} {mo} {y}", f"{mo.lower()} {d} {y}",
        f"{m}.{d}.{y % 100:02d}", f"{d:02d}-{ab.upper()}-{y}", f"{mo} {d}{_ordinal(d)}, {y}",
    ])  # fmt: skip


def date(rng: random.Random) -> str:
    y, m, d = _birth_ymd(rng) if rng.random() < 0.25 else _ymd(rng)
    return month_day(rng) if rng.random() < 0.25 else _full(rng, y, m, d)


def dob(rng: random.Random) -> str:
    y, m, d = _birth_ymd(rng)
    return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{m}-{d}-{y}",
                       f"{y}-{m:02d}-{d:02d}", f"{MONTHS[m - 1]} {d}, {y}", f"{m}.{d}.{y}"])  # fmt: skip


def us_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{y % 100:02d}"])


def month_year(rng: random.Random) -> str:
    y, m, _ = _ymd(rng, 2008, 2026)
    return rng.choice([f"{MONTHS[m - 1]} {y}", f"{CHAT_ABBR[m - 1]} {y}", f"{m:02d}/{y}", f"{m}/{y % 100:02d}",
                       f"{ABBR[m - 1]} '{y % 100:02d}"])  # fmt: skip


def iso_date(rng: random.Random) -> str:
    y, m, d = _birth_ymd(rng) if rng.random() < 0.3 else _ymd(rng)
    return f"{y}-{m:02d}-{d:02d}"


def compact_date(rng: random.Random) -> str:
    """HL7 DT and file names: 20250314."""
    y, m, d = _birth_ymd(rng) if rng.random() < 0.5 else _ymd(rng)
    return f"{y}{m:02d}{d:02d}"


def timestamp(rng: random.Random) -> str:
    """A whole logging or event timestamp, one DATE."""
    y, m, d = _ymd(rng, 2022, 2026)
    hh, mi, ss, ms = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999)
    return rng.choice([
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}Z", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{ms:03d}Z",
        f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d}", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}-06:00",
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}-10:00", f"{m:02d}/{d:02d}/{y} {hh:02d}:{mi:02d}:{ss:02d}",
        f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d},{ms:03d}", f"{y}{m:02d}{d:02d}T{hh:02d}{mi:02d}{ss:02d}",
    ])  # fmt: skip


def hl7_ts(rng: random.Random) -> str:
    y, m, d = _ymd(rng, 2022, 2026)
    return f"{y}{m:02d}{d:02d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}{rng.choice(['', '00', '31'])}"


_NINETIES = ["ninety", "ninety-one", "ninety-two", "ninety-three", "ninety-four", "ninety-five",
             "ninety-six", "ninety-seven", "ninety-eight", "ninety-nine"]  # fmt: skip
_NOVENTA = ["noventa", "noventa y uno", "noventa y dos", "noventa y tres", "noventa y cuatro",
            "noventa y cinco", "noventa y seis", "noventa y siete", "noventa y ocho", "noventa y nueve"]  # fmt: skip


def age_number(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(90, 99)] * 6 + [rng.randint(100, 106)]))


def age_over_89(rng: random.Random) -> str:
    if rng.random() < 0.65:
        return age_number(rng)
    n = rng.randint(90, 102)
    if n >= 100:
        return ["one hundred", "a hundred and one", "one hundred and two"][n - 100]
    word = _NINETIES[n - 90]
    return rng.choice([word, word, word.replace("-", " "), word.capitalize()])


def spanish_age(rng: random.Random) -> str:
    """noventa y dos, 97."""
    if rng.random() < 0.4:
        return age_number(rng)
    return rng.choice([*_NOVENTA, "cien"])


# --- Numbers people are reached at -------------------------------------------------------------

AREA_CODES = [210, 361, 512, 713, 832, 915, 956, 979, 520, 602, 928, 505, 575, 504, 337, 985, 225,
              318, 601, 662, 228, 205, 334, 256, 405, 918, 580, 479, 501, 870, 808, 907, 305, 786,
              912, 478]  # fmt: skip


def phone(rng: random.Random) -> str:
    a, b, c = rng.choice(AREA_CODES), rng.randint(200, 999), f"{rng.randint(0, 9999):04d}"
    return rng.choice([
        f"({a}) {b}-{c}", f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}",
        f"{a}{b}{c}", f"1-{a}-{b}-{c}", f"+1 {a} {b} {c}", f"+1 ({a}) {b}-{c}", f"({a}){b}-{c}",
        f"{a}-{b}-{c} ext {rng.randint(2, 999)}", f"{a} {b}-{c}", f"{a}/{b}-{c}",
    ])  # fmt: skip


def e164(rng: random.Random) -> str:
    return f"+1{rng.choice(AREA_CODES)}{rng.randint(200, 999)}{rng.randint(0, 9999):04d}"


def phone_digits(rng: random.Random) -> str:
    """Ten digits after a %2B1 in a form-encoded webhook body or an IVR entry."""
    return f"{rng.choice(AREA_CODES)}{rng.randint(200, 999)}{rng.randint(0, 9999):04d}"


def local_phone(rng: random.Random) -> str:
    """Seven digits, the way people give a number in their own area code."""
    return f"{rng.randint(200, 999)}-{rng.randint(0, 9999):04d}"


# --- E-mail, usernames, URLs, IP addresses -----------------------------------------------------

HANDLE_WORDS = ["musubimama", "frybreadqueen", "kolacheking", "boudinboy", "pokebowlz", "tamalera",
                "rezaunty", "cowboyup", "mudbugmama", "sopapilla", "ukegirl", "dipnetter",
                "subsistencemom", "quinceqween", "zydecodad", "pupusalady"]  # fmt: skip


def email(rng: random.Random, _split: str = "tune8") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "hen", _handle(last) or "tasato"
    n = rng.randint(1, 99)
    local = rng.choice([f"{f}.{ln}", f"{f}{ln}", f"{f[0]}{ln}", f"{f}_{ln}{n}", f"{ln}{f[0]}{n}",
                        f"{f}{rng.randint(1950, 2010)}", f"{rng.choice(HANDLE_WORDS)}{n}", f"{f}.{ln}{n}",
                        f"{ln}.{f}", f"{f}{ln[0]}{n}"])  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def username(rng: random.Random, _split: str = "tune8") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "hen", _handle(last) or "tasato"
    n = rng.randint(1, 99)
    return rng.choice([f"{f}.{ln}", f"{f[0]}{ln}", f"{f}{n}", f"{ln}{f[0]}{n}", f"{rng.choice(HANDLE_WORDS)}_{n}",
                       f"{f}_{ln}", f"{ln.upper()}{f[0].upper()}", f"{f}{ln}{rng.randint(60, 99)}"])  # fmt: skip


def url(rng: random.Random, _split: str = "tune8") -> str:
    first, last = person(rng)
    f, ln = _handle(_given_part(first)) or "hen", _handle(last) or "tasato"
    an = string.ascii_letters + string.digits
    return rng.choice([f"https://www.gofundme.com/f/{f}-{ln}-medical-bills", f"https://www.facebook.com/{f}.{ln}.{rng.randint(1, 99)}",
                       f"https://www.tiktok.com/@{f}{ln}", f"https://linktr.ee/{f}{ln[0]}", f"https://wa.me/1{rng.choice(AREA_CODES)}{_digits(rng, 7)}",
                       f"https://photos.app.goo.gl/{_letters(rng, 16, an)}", f"https://www.instagram.com/{f}_{ln}",
                       f"https://www.youtube.com/@{ln}family", f"https://venmo.com/u/{f}-{ln}-{_digits(rng, 2)}",
                       f"https://mychart.kuykendahl-health.example/MyChart/app/{_digits(rng, 8)}"])  # fmt: skip


def ip_address(rng: random.Random) -> str:
    if rng.random() < 0.15:
        g = [f"{rng.randint(0, 65535):x}" for _ in range(8)]
        return rng.choice([":".join(g), f"2600:{g[1]}:{g[2]}::{g[7]}"])
    return (
        f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    )


# --- Government, payer, billing, device and other numbers --------------------------------------


def ssn(rng: random.Random) -> str:
    a, g, s = (
        f"{rng.randint(1, 665):03d}",
        f"{rng.randint(1, 99):02d}",
        f"{rng.randint(1, 9999):04d}",
    )
    return rng.choices([f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}"], [6, 2, 2])[0]


def mrn(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 7), _digits(rng, 8), f"E{_digits(rng, 7)}", f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 2)}",
                       f"IHS{_digits(rng, 6)}", f"00{_digits(rng, 7)}", f"M{_digits(rng, 9)}"])  # fmt: skip


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    """A Medicare Beneficiary Identifier: 1EG4-TE5-MK73."""
    an = _MBI_ALPHA + string.digits
    raw = (str(rng.randint(1, 9)) + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1)
           + rng.choice(_MBI_ALPHA) + rng.choice(an) + _digits(rng, 1) + rng.choice(_MBI_ALPHA)
           + rng.choice(_MBI_ALPHA) + _digits(rng, 2))  # fmt: skip
    return raw if rng.random() < 0.6 else f"{raw[:4]}-{raw[4:7]}-{raw[7:]}"


def medicaid_id(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 9), f"{_digits(rng, 9)}", f"{_digits(rng, 10)}", f"A{_digits(rng, 8)}",
                       f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 2)}"])  # fmt: skip


def health_plan_id(rng: random.Random) -> str:
    return rng.choice([mbi(rng), medicaid_id(rng), f"{_letters(rng, 3)}{_digits(rng, 9)}", f"W{_digits(rng, 9)}",
                       f"{_digits(rng, 10)}", f"{_letters(rng, 3)}{_letters(rng, 1)}{_digits(rng, 8)}",
                       f"U{_digits(rng, 8)}-01", f"{_letters(rng, 2)}{_digits(rng, 7)}"])  # fmt: skip


def account_number(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 9), _digits(rng, 10), f"{_digits(rng, 4)}-{_digits(rng, 6)}",
                       f"HB{_digits(rng, 8)}", f"G{_digits(rng, 7)}"])  # fmt: skip


def _luhn(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def npi(rng: random.Random) -> str:
    base = rng.choice("12") + _digits(rng, 8)
    return base + _luhn("80840" + base)


def license_number(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 8), f"D{_digits(rng, 8)}", _digits(rng, 9), f"00{_digits(rng, 7)}",
                       f"H00{_digits(rng, 6)}", _digits(rng, 7), f"RN{_digits(rng, 6)}", npi(rng)])  # fmt: skip


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def plate(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 3)}-{_digits(rng, 4)}", f"{_letters(rng, 3)} {_digits(rng, 3)}",
                       f"{_letters(rng, 2)}{_digits(rng, 1)} {_letters(rng, 1)}{_digits(rng, 2)}{_letters(rng, 1)}",
                       f"{_digits(rng, 3)} {_letters(rng, 3)}", f"{_letters(rng, 3)}{_digits(rng, 3)}"])  # fmt: skip


def vehicle_id(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return "".join(rng.choice(_VIN_CHARS) for _ in range(17))
    return plate(rng)


def imei(rng: random.Random) -> str:
    payload = rng.choice(["35", "86", "01"]) + _digits(rng, 12)
    return payload + _luhn(payload)


def device_id(rng: random.Random) -> str:
    an = string.ascii_uppercase + string.digits
    return rng.choice([imei(rng), f"SN {_digits(rng, 10)}", f"{_letters(rng, 2)}{_digits(rng, 8)}",
                       ":".join(_letters(rng, 2, "0123456789ABCDEF") for _ in range(6)), f"8{_letters(rng, 5, an)}",
                       f"{_digits(rng, 2)}{_letters(rng, 3)}{_digits(rng, 6)}"])  # fmt: skip


def alien_number(rng: random.Random) -> str:
    """A USCIS A-number on a green card or an I-94: A-212-555-014."""
    n = _digits(rng, 9)
    return rng.choice(
        [f"A{n}", f"A-{n[:3]}-{n[3:6]}-{n[6:]}", f"A# {n}", f"A{n[:3]} {n[3:6]} {n[6:]}"]
    )


def other_id(rng: random.Random) -> str:
    return rng.choice([f"CLM{_digits(rng, 9)}", f"Rx {_digits(rng, 7)}", f"REF-{_digits(rng, 6)}", f"PA{_digits(rng, 8)}",
                       f"{rng.randint(22, 26)}-{_digits(rng, 6)}", f"INC{_digits(rng, 7)}", f"CASE{_digits(rng, 7)}",
                       f"CDIB-{_digits(rng, 6)}", alien_number(rng), f"{_digits(rng, 11)}A"])  # fmt: skip


# --- Filler that is not PHI, so that log lines vary --------------------------------------------


def request_id(rng: random.Random) -> str:
    return rng.choice([_hex(rng, 32), f"{_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-a{_hex(rng, 3)}-{_hex(rng, 12)}",
                       f"CA{_hex(rng, 32)}", f"SM{_hex(rng, 32)}"])  # fmt: skip


def latency(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(3, 60), rng.randint(61, 900), rng.randint(901, 9000)]))


def clock(rng: random.Random) -> str:
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


# Slots only this split's templates use; generate.py looks them up here. Label, then maker. A label
# of None marks filler that is not PHI.
EXTRA_SLOTS: dict[str, tuple[str | None, Callable[[random.Random], str]]] = {
    # Names
    "GIVEN": ("NAME", given_name),  # a given name alone
    "LGIVEN": ("NAME", given_lower),  # lowercase and unaccented: "hen", "lovens"
    "TGIVEN": ("NAME", given_typo),  # misspelt or mistranscribed
    "WGIVEN": ("NAME", word_given),  # given names that are words: Kind, Honour, Nation
    "WFAM": ("NAME", word_family),  # family names that are words: Rains, Stump, Fingers
    "WNAME": ("NAME", word_name),
    "NICK": ("NAME", nickname),
    "INITS": ("NAME", initials),  # "tj", "K.B."
    "INIT": ("NAME", one_initial),  # "dr k"
    "LASTFIRST": ("NAME", last_first),
    "CAPSNAME": ("NAME", caps_name),
    "DOC": ("NAME", clinician),  # before a credential
    "FNUP": ("NAME", given_upper),  # HL7 and X12 components, each its own NAME
    "LNUP": ("NAME", family_upper),
    "MIDUP": ("NAME", middle_upper),
    # Places
    "STREETNAME": ("ADDRESS", street_name),
    "UNIT": ("ADDRESS", unit),
    "POBOX": ("ADDRESS", po_box),
    "RURAL": ("ADDRESS", rural_route),
    "LCITY": ("CITY", city_lower),
    # Dates
    "MD": ("DATE", month_day),
    "NMD": ("DATE", numeric_md),  # 3/14, 3-14
    "WMD": ("DATE", worded_md),  # march 14th, 14 march
    "ESMD": ("DATE", spanish_md),  # 14 de marzo
    "DAYTH": ("DATE", day_th),  # after "the"
    "DOB": ("DATE", dob),
    "USDATE": ("DATE", us_date),
    "MONYEAR": ("DATE", month_year),
    "ISODATE": ("DATE", iso_date),
    "YMD": ("DATE", compact_date),
    "TS": ("DATE", timestamp),  # a whole timestamp is one DATE
    "HLTS": ("DATE", hl7_ts),
    # Ages, numbers
    "AGENUM": ("AGE_OVER_89", age_number),
    "ESAGE": ("AGE_OVER_89", spanish_age),
    "E164": ("PHONE", e164),
    "LPHONE": ("PHONE", local_phone),
    "PHONEDIGITS": ("PHONE", phone_digits),
    "MBI": ("HEALTH_PLAN_ID", mbi),
    "MEDICAID": ("HEALTH_PLAN_ID", medicaid_id),
    "NPI": ("LICENSE_NUMBER", npi),
    "PLATE": ("VEHICLE_ID", plate),
    "IMEI": ("DEVICE_ID", imei),
    "ANUM": ("OTHER_ID", alien_number),
    # Filler, not PHI
    "REQID": (None, request_id),
    "MS": (None, latency),
    "CLOCK": (None, clock),
}


# --- Templates ---------------------------------------------------------------------------------
# Slots as in templates.py, plus EXTRA_SLOTS. JSON braces are doubled for str.format, and a slot is
# never written directly before a doubled closing brace. generate.fill() lowercases chat, drops
# its punctuation and misspells its words on top of what is written here.

CHAT = [
    # People named in passing, with no cue word before the name.
    "tell {LGIVEN} i said thanks for the ride",
    "{LGIVEN} drove me so i might be a few min late",
    "me and {LGIVEN} are coming at 2, she has the paperwork",
    "{GIVEN} picked up the inhaler yesterday but it was the wrong one",
    "ok {LGIVEN} said she can bring me if its after 3",
    "can {GIVEN} come back with me? she translates",
    "is it ok if {LGIVEN} waits in the room during the shot",
    "{TGIVEN} is gonna call yall about the bill",
    "i gave {LGIVEN} my card so she can pay the copay",
    "{WGIVEN} is bringing the baby, i work til 5",
    "{WGIVEN} can sign for me right? she has my poa",
    "{LGIVEN} found grandpa on the floor this morning, hes ok but confused",
    "{NICK} took my blood pressure at home 168/95 is that bad",
    "{NICK} says the pharmacy closed early again",
    "{LGIVEN} {WFAM} is my ride on {NMD}, she drives a white van",
    "{GIVEN} {SURNAME} and me share a room, can we get our flu shots same time",
    # Relatives, kids, caregivers, neighbours, pastors, coworkers.
    "my son {LGIVEN} has had a fever since {WMD}, 102 last night",
    "my daughter {GIVEN} is 6 and still wetting the bed is that normal",
    "my wife {LGIVEN} has the appt but i will drive her",
    "my husband {GIVEN} keeps forgetting his insulin, can the nurse call him",
    "my mom {NAME} is {AGE} and wont eat, what do we do",
    "grandma {LGIVEN} turns {AGENUM} on {WMD}, can she still get the shingles shot",
    "my neighbor {GIVEN} checks on me every morning, she can have my info",
    "our pastor {GIVEN} {SURNAME} wants to visit my dad in the hospital, is that allowed",
    "pastor {LGIVEN} prayed over me and my sugar came down lol",
    "bro {LGIVEN} from church is driving me to dialysis now",
    "my coworker {LGIVEN} has covid and we shared a truck all week",
    "my boss {GIVEN} needs a note that i was seen {NMD}",
    "my caregiver {NAME} comes mon wed fri, can she pick up my meds",
    "the home health aide {LGIVEN} didnt show up again",
    "my stepdaughter {LGIVEN} is 15 and wants birth control, can she come alone",
    "my nephew {TGIVEN} got stung by a scorpion, his hand is swelling",
    "twins {LGIVEN} and {LGIVEN} need their 4 year shots before {WMD}",
    "my kids {LGIVEN}, {LGIVEN} and {LGIVEN} all have lice AGAIN",
    "my baby {GIVEN} is 3 months and has a rash on her face",
    "my grandson {LGIVEN} lives with me now, i need to add him",
    "my foster daughter {GIVEN} needs her records from her last doctor",
    "my brother in law {GIVEN} is {AGE} and lives alone out past {LCITY}",
    "my uncle {NICK} has sugar too so i think its genetic",
    "my roommate {LGIVEN} found me passed out, can i be seen today",
    "my ex {NAME} is not allowed to pick up my son, please put that in the chart",
    # Staff: nurses, front desk, doctors with and without "dr".
    "nurse {LGIVEN} said to message here if the swelling got worse",
    "the nurse {LGIVEN} was so sweet, please tell her thank you",
    "is {LGIVEN} working today? she did my shot last time",
    "{GIVEN} at the front desk said my copay is 0",
    "the lady at the front, {TGIVEN}, told me to bring my card",
    "dr {SURNAME} wants labs before my next visit",
    "dr {INIT} called while i was at work",
    "i want to see dr {SURNAME} not the pa",
    "can i switch from dr {SURNAME} to dr {SURNAME}? shes closer",
    "{SURNAME} said to stop the metformin for 2 days before the scan",
    "the pharmacist {GIVEN} said yall never sent the refill",
    "{GIVEN} from billing called me back, thank her for me",
    "my therapist {LGIVEN} {WFAM} wants my med list",
    "the interpreter {GIVEN} was really good, can we have her again",
    "the community health worker {LGIVEN} is coming friday",
    "doctor {WFAM} is the best tell him thx",
    "{DOC} is my pcp but she left, who do i see now",
    "the tech {LGIVEN} did my ultrasound and said someone would call",
    # Given name alone, surname alone, nicknames, word names.
    "its {LGIVEN} again",
    "{SURNAME} here, the one with the knee",
    "its {NICK}, my real name is {NAME} but nobody calls me that",
    "everybody calls me {NICK} lol, chart says {GIVEN}",
    "{WGIVEN} here, i called yesterday about my sugar",
    "its {WGIVEN} {WFAM}, i was in on {NMD} for my ears",
    "hey its {INITS}, still waiting on the xray results",
    "hi this is {WNAME}, can someone call me",
    # Sign-offs and names at the start of a message.
    "ok thank u so much\n-{LGIVEN}",
    "thank you!! {GIVEN}",
    "see yall {WMD}. {GIVEN}",
    "thx - {INITS}",
    "appreciate yall\n{LGIVEN} {SURNAME}",
    "call me back pls. {GIVEN} {PHONE}",
    "God bless, {GIVEN} 🙏",
    "{LGIVEN}\nsent from my iphone",
    "{LGIVEN} here. my bp meds ran out yesterday",
    "{GIVEN} {SURNAME} dob {DOB} refill pls",
    "{LASTFIRST} dob {DOB}, need my shot records for work",
    # Possessives, lists, names glued to punctuation and emoji.
    "{GIVEN}'s meds ran out, can you send the refill to the walmart",
    "{LGIVEN}'s appt on the {DAYTH} needs to move",
    "{SURNAME}'s daughter here, mama is asking for her results",
    "i'm {GIVEN}'s mom, he threw up twice since lunch",
    "this is for {LGIVEN}'s school form, she needs a physical",
    "thank you {LGIVEN}!!",
    "thx {GIVEN}😊",
    "{LGIVEN}🙏🙏",
    "@{LGIVEN} the pharmacy says they need a new rx",
    "(this is {GIVEN}, his wife)",
    "love yall, {LGIVEN}❤️",
    "{GIVEN}, {GIVEN}, {GIVEN} and me all need flu shots",
    "the kids are {LGIVEN} {NMD}, {LGIVEN} {NMD} and {LGIVEN} {NMD} (birthdays)",
    "please add {NAME} and {NAME} as emergency contacts",
    # Code-switching: Spanish.
    "hola buenas tardes, soy {GIVEN}, mi mamá {NAME} tiene cita el {ESMD} pero no tiene ride",
    "mi esposo {LGIVEN} tiene fiebre desde el {ESMD}, can we come today",
    "mija {LGIVEN} is translating for me, gracias",
    "mi hija {GIVEN} nació el {DOB} y necesita sus vacunas",
    "mi suegra tiene {ESAGE} años y se cayó, she is at {STREET}",
    "gracias {LGIVEN} por todo 🙏",
    "la doctora {SURNAME} me dijo que viniera el lunes, is that still ok",
    "soy la hija de {NAME}, ella no habla inglés",
    "my tía {LGIVEN} lives in {CITY} and needs a doctor closer",
    "mi número nuevo es {PHONE}, ya no uso el otro",
    # Vietnamese.
    "con tôi {LGIVEN} bị sốt since {NMD}, can i bring him today",
    "má {LGIVEN} is {AGE}, bà không ăn được gì 2 ngày",
    "cảm ơn {LGIVEN} nhiều, the new pills work",
    "chị {GIVEN} ở front desk said to text here",
    "ba {LGIVEN} needs refill thuốc huyết áp, dob {DOB}",
    # Tagalog.
    "si {LGIVEN} po ang mag pick up ng meds ko, salamat",
    "my lola {LGIVEN} is {AGE} na po and nahihilo siya since {WMD}",
    "salamat po nurse {LGIVEN}!",
    "kuya {LGIVEN} will drive me po, anong oras ba ang appt",
    "tita {GIVEN} said to ask for dr {SURNAME} po",
    # Arabic.
    "salam, this is {GIVEN}, my father {NAME} needs his refill inshallah today",
    "shukran {LGIVEN}, the interpreter helped a lot",
    "binti {LGIVEN} is sick since {NMD}, yalla can we come now",
    "mashallah the baby {GIVEN} gained weight, when is the next visit",
    # Somali.
    "hooyo {LGIVEN} is {AGE} and cant walk, can someone come to {STREET}",
    "waan ku mahadsanahay {LGIVEN}, walaal",
    "aabo {GIVEN} {SURNAME} needs appointment, his phone {PHONE}",
    "my abti {LGIVEN} will bring me, he speaks english",
    "ayeeyo {LGIVEN} has sugar 300, what do we do",
    # Haitian Creole.
    "bonjou, se {GIVEN}, manman m {NAME} malad depi {WMD}",
    "mèsi anpil {LGIVEN}!!",
    "pitit mwen {LGIVEN} gen lafyèv, tanpri rele m {PHONE}",
    "grann mwen {LGIVEN} gen {AGE} an, li pa ka manje",
    # Marshallese.
    "iokwe, this is {GIVEN}, my jinō {NAME} need ride to clinic {NMD}",
    "kommol tata {LGIVEN} for helping us",
    "nājiō {LGIVEN} is sick again, fever and cough, we live {STREET} in {CITY}",
    "iokwe {LGIVEN} 😊 my dad {GIVEN} {SURNAME} has dialysis tuesday",
    # Hawaiian Pidgin, Samoan, Tongan, Chuukese.
    "howzit, dis {LGIVEN}, my tutu {NAME} get one appointment {NMD}",
    "mahalo {LGIVEN} for calling back 🤙",
    "aunty {LGIVEN} going bring me, she stay in {CITY}",
    "talofa, my grandfather {NAME} is {AGENUM} and fell down",
    "fa'afetai lava {LGIVEN}",
    "mālō {LGIVEN}, the baby is better now",
    "kinisou chapur {LGIVEN}",
    # Navajo, Apache, Yup'ik, Iñupiaq.
    "yá'át'ééh, shimá {NAME} needs her refill sent to the {CITY} clinic",
    "ahéhee' {LGIVEN} for the ride",
    "my shicheii {GIVEN} {SURNAME} is {AGE} and hauls his own water still",
    "quyana {LGIVEN}!",
    "my maurluq {LGIVEN} is {AGENUM}, she flies in from {CITY} on {WMD}",
    "quyanaqpak {LGIVEN}, we got the medevac paperwork",
    # Voicemail transcriptions.
    "Voicemail from {PHONE}: hi this is {NAME} calling about my mother's appointment on {WMD} please call me back at {PHONE} thank you",
    "Voicemail transcription: hey it's {GIVEN} um I'm calling for my dad {NAME} date of birth {DOB} he needs his blood pressure bill refilled",
    "Transcription (low confidence): yes this is {TGIVEN} {SURNAME} I had a appointment with doctor {SURNAME} on {WMD} and I need to reschedule",
    "Voicemail: hi this message is for nurse {GIVEN} this is {NAME} you can reach me at {PHONE} after 5",
    "Voicemail: good morning my name is {NAME} I'm calling about a reefer all to cardiology for my husband {GIVEN}",
    "Voicemail from {E164} (0:42): hi it's {LGIVEN} again the pharmacy on {STREETNAME} still doesn't have it",
    "Voicemail: this is {GIVEN} from the {CITY} nursing home calling about your patient {NAME} birthday {DOB}",
    "Voicemail transcription: hello good afternoon my husband {GIVEN} he have the surgery {WMD} and now he have fever please call {PHONE}",
    "Voicemail: it's {NICK}, {GIVEN}'s brother, he's in the ER at {CITY} and they want his records",
    "Voicemail (Spanish, auto-translated): hello I am {NAME} I call for my son {GIVEN} he has appointment {ESMD}",
    # Chatbot conversations.
    "Bot: What is the patient's full name?\nUser: {NAME}\nBot: And date of birth?\nUser: {DOB}",
    "Bot: Who are you scheduling for?\nUser: my daughter {LGIVEN}\nBot: What day works best?\nUser: {WMD}",
    "Bot: Please enter your date of birth (MM/DD/YYYY)\nUser: {DOB}\nBot: Thanks {GIVEN}! How can I help?",
    "Bot: Is this {GIVEN}?\nUser: no its her son {LGIVEN}",
    "User: i need to talk to {LGIVEN}\nBot: I'm sorry, I didn't understand that. Try 'refill' or 'appointment'.",
    "User: cancel my appt on {NMD}\nBot: I found an appointment for {GIVEN} on {WMD}. Cancel it?\nUser: yes",
    "User: whats the address of the {CITY} clinic\nBot: Our {CITY} clinic is at {STREET}.",
    "Bot: What phone number should we text?\nUser: {PHONE}\nBot: Got it.",
    "Bot: Enter the member ID on your card.\nUser: {PLAN}\nBot: Thanks. Is the subscriber {NAME}?\nUser: yes",
    "User: my email changed to {EMAIL}\nBot: I can help update your contact info. What is your date of birth?\nUser: {DOB}",
    "Bot: Hi {GIVEN}, you have an appointment {WMD} at 9:40 with {DOC}, PA-C. Reply C to confirm.\nUser: C",
    "User: hi is this a real person\nBot: I'm the virtual assistant. Want me to connect you with {GIVEN} at the front desk?",
    "User: my mrn is {MRN} and im locked out\nBot: I can help with that. What is your username?\nUser: {USER}",
    "User: {NAME}\nUser: {DOB}\nUser: i need refill on lisinopril",
    # Call-centre chat transcripts.
    "Agent {GIVEN}: Thank you for contacting us. Who am I speaking with?\nCustomer: {NAME}\nAgent {GIVEN}: Can you verify your date of birth?\nCustomer: {DOB}",
    "Agent: Hi, this is {GIVEN}. Is the patient {NAME}?\nVisitor: yes thats my mom, i'm {LGIVEN}",
    "Customer: I need to change my address to {STREET}, {CITY} {STATE} {ZIP}\nAgent {GIVEN}: I can help with that.",
    "[{CLOCK}] {LGIVEN} (visitor): i been on hold an hour\n[{CLOCK}] Agent {GIVEN}: I'm so sorry, how can I help?",
    "Agent {GIVEN}: I see two patients named {GIVEN} at this number, which one?\nCustomer: the one born {DOB}",
    "Visitor: can you send the bill to my sister {NAME}, {EMAIL}\nAgent {INITS}: Let me check with billing.",
    "Agent {GIVEN}: I transferred you to {GIVEN} in the nurse line.\nCustomer: ok thank you {LGIVEN}",
    "Customer: my medicaid is {MEDICAID}, my name {NAME}\nAgent: Thank you, one moment.",
    "Agent {GIVEN} joined the chat.\nVisitor: hi {LGIVEN}! its {NAME} again about the ambulance bill",
    "Agent: What is the best number to reach you?\nCustomer: {PHONE} or my son {LGIVEN} at {PHONE}",
    # SMS replies.
    "Y - {GIVEN}",
    "yes this is {LGIVEN} confirming for my mom",
    "wrong number this is not {NAME}",
    "STOP. {GIVEN} moved away, this is her old number",
    "can {LGIVEN} come instead of me? same dob {DOB}",
    "R. need to reschedule, {GIVEN} has school {NMD}",
    "this is {LGIVEN}s number now, {GIVEN} passed away on {WMD}",
    # Dates, phones, addresses, ids and e-mails typed casually with names.
    "hi its {LGIVEN}, dob {DOB}, need to move my appt from {NMD} to the {DAYTH}",
    "can i come tues {NMD} instead? {GIVEN} has the car mon",
    "my new address is {STREET}, {CITY} {STATE} {ZIP}, {LGIVEN} moved in with me",
    "we live out on {RURAL}, tell the nurse to call {PHONE} when she gets to the gate",
    "mail it to {POBOX} {CITY} {ZIP}, we dont get mail at the house",
    "the trailer on {STREETNAME}, past {LGIVEN}'s store",
    "send it to my daughter {NAME}, {EMAIL}",
    "my email is {EMAIL}, {LGIVEN} set it up for me",
    "call my son {LGIVEN} at {PHONE} if u cant reach me",
    "my member id is {PLAN} and my husbands is {PLAN}",
    "medicare # {MBI}, name {NAME}",
    "ssn {SSN}, its for {GIVEN}'s disability paperwork",
    "mrn {MRN}, {LGIVEN}, i cant see my results",
    "acct {ACCOUNT}, i paid on {NMD}, ask {GIVEN} in billing",
    "my green card # is {ANUM} if the medicaid lady needs it",
    "my username is {USER} and it keeps locking",
    "my cgm transmitter is {DEVICE}, {LGIVEN} changed it {NMD}",
    "{LGIVEN} is out front in the truck, plate {PLATE}",
    "the link {LGIVEN} made for my surgery {URL}",
    "{GIVEN} passed on {DATE}, please stop sending reminders to {STREET}",
    "i was at {CITY} regional on {DATE}, {LGIVEN} took me",
    "moving to {CITY} on {WMD}, staying with {LGIVEN} till we find a place",
    "is there a clinic closer to {LCITY}? {LGIVEN} cant drive me to {CITY} every week",
    "we flew in from {CITY} for the appt, staying at my cousin {LGIVEN}s",
    "he was born {DOB}, his name is {GIVEN} {SURNAME}",
    "i had my covid shot {MONYEAR} and {LGIVEN} got hers same day",
    "the surgery is {WMD}, {GIVEN} will stay with me after",
    "my last period was {NMD}, {LGIVEN} thinks im pregnant lol",
    "yes {WMD} at 3:30 works, {GIVEN} will drive",
    "fax it to {FAX} attn {GIVEN}",
    "the school nurse {LGIVEN} needs the asthma form by {WMD}",
    "court is on the {DAYTH} so {LGIVEN} will bring the kids",
    "his dob is {DOB} not {DOB}, {LGIVEN} typed it wrong",
    # Run-ons, voice-to-text and typos.
    "hi this is {LGIVEN} my mom {NAME} is {AGE} and she fell on {NMD} and now she cant walk right can someone call me {PHONE}",
    "ok so {LGIVEN} called on the {DAYTH} and nobody called back and now {GIVEN} is out of her pills too",
    "sorry voice to text, my daughter {TGIVEN} {WFAM} needs a sports physical",
    "my doctor doctor {SURNAME} said come back in to weeks",
    "me and {LGIVEN} drove up from {LCITY} we will be late the road is flooded",
    "{LGIVEN} {LGIVEN} and {NICK} all have pink eye lmaoo send help",
    "i need my records sent to {DOC} in {CITY} before the {DAYTH} thank u {LGIVEN}",
    "this is {GIVEN} {SURNAME} dob {DOB} the portal says my email {EMAIL} isnt verified",
    "the ER in {CITY} said to follow up with dr {SURNAME} in 3 days so i guess {WMD}",
    "we got home from {CITY} on {NMD} and {LGIVEN} has been coughing ever since",
]

LOGS = [
    # Chatbot and virtual-assistant logs: what the user typed, then what was parsed.
    '{{"ts": "{TS}", "session": "{REQID}", "intent": "reschedule", "utterance": "this is {LGIVEN} need to move my appt to {NMD}"}}',
    '{{"ts": "{TS}", "intent": "refill", "utterance": "refill for my mom {NAME}", "slots": {{"patient_name": "{NAME}", "dob": "{DOB}"}}}}',
    '{{"event": "bot.turn", "user_text": "tell {LGIVEN} i said thanks", "nlu": {{"intent": "fallback", "confidence": 0.31}}}}',
    '{{"event": "bot.identity_check", "name_entered": "{NAME}", "dob_entered": "{DOB}", "match": false, "mrn_candidate": "{MRN}"}}',
    'bot.session id={REQID} channel=web lang=es utterance="mi hija {LGIVEN} tiene fiebre desde el {ESMD}" intent=symptom_triage',
    'bot.session id={REQID} channel=sms lang=vi utterance="con tôi {LGIVEN} bị ho" intent=unknown handoff=true',
    'bot.handoff session={REQID} reason=human_requested queue=nurse_line agent="{GIVEN} {SURNAME}" wait_s={MS}',
    "bot.slot_fill session={REQID} slot=dob raw='{DOB}' normalized={ISODATE} ok=true",
    "bot.slot_fill session={REQID} slot=callback_number raw='{PHONE}' ok=true",
    "bot.slot_fill session={REQID} slot=patient_name raw='{LGIVEN} {LGIVEN}' ok=false reason=ambiguous",
    '{{"turns": [{{"from": "user", "text": "{NAME}"}}, {{"from": "bot", "text": "Thanks! And your date of birth?"}}, {{"from": "user", "text": "{DOB}"}}]}}',
    '{{"event": "bot.appointment_found", "patient": "{LASTFIRST}", "when": "{TS}", "provider": "{DOC}, MD", "location": "{CITY}"}}',
    '{{"event": "bot.escalation", "reason": "keyword:fell", "text": "grandma {LGIVEN} fell and is {AGENUM}", "severity": "high"}}',
    'assistant.transcript user="{INITS}" text="hey its {INITS}, still waiting on the referral" sentiment=neg',
    '{{"event": "bot.language_detected", "lang": "mh", "text": "iokwe {LGIVEN}, jinō eo an {GIVEN} ej nañinmej"}}',
    '{{"event": "bot.language_detected", "lang": "so", "text": "hooyo {LGIVEN} waa xanuunsanaysaa", "translate": true}}',
    '{{"event": "bot.language_detected", "lang": "ht", "text": "manman m {NAME} malad", "translate": true}}',
    "WARN nlu.entity_conflict text='{WGIVEN} is bringing me' entity=PERSON value='{WGIVEN}' alt=common_noun",
    "INFO bot.feedback session={REQID} rating=5 comment='{LGIVEN} was very helpful'",
    '{{"event": "bot.consent", "patient_name": "{NAME}", "proxy_name": "{NAME}", "relationship": "daughter", "signed_at": "{TS}"}}',
    # SMS gateway callbacks and outbound reminders.
    "POST /sms/inbound From=%2B1{PHONEDIGITS} Body=this+is+{LGIVEN}+cant+make+it+{NMD} MessageSid={REQID} 200",
    '{{"event": "message.received", "from": "{E164}", "to": "+18885550142", "text": "{GIVEN} here, running late, {LGIVEN} is driving"}}',
    '{{"event": "message.sent", "to": "{E164}", "text": "Hi {GIVEN}, reminder: {WMD} at 10:15 with Dr. {SURNAME}. Reply C to confirm."}}',
    '{{"event": "message.delivered", "to": "{E164}", "template": "appt_reminder", "patient": "{LASTFIRST}", "appt": "{TS}"}}',
    "sms.status sid={REQID} to={E164} status=undelivered error=30005 patient_mrn={MRN}",
    'sms.inbound from={E164} body="STOP {GIVEN} doesnt live here" action=opt_out',
    'sms.inbound from={E164} body="Y" matched_appt={REQID} patient="{NAME}"',
    'sms.inbound from={E164} body="who is {LGIVEN}??" matched_patient=none',
    'sms.outbound to={E164} lang=es body="Hola {GIVEN}, su cita es el {ESMD}. Responda C para confirmar."',
    'sms.outbound to={E164} lang=vi body="Chào {GIVEN}, lịch hẹn của bạn vào {NMD}."',
    "WARN sms.carrier_reject to={PHONE} reason=landline patient={NAME} fallback=voice",
    '{{"event": "mms.received", "from": "{E164}", "caption": "pic of {LGIVEN}s rash", "media_count": 2}}',
    "sms.keyword from={E164} keyword=HELP reply_sent=true last_patient={MRN}",
    'twilio.webhook MessageStatus=failed To={E164} Body="Reminder for {NAME}: labs fasting on {NMD}"',
    # Call-centre and CTI events.
    'CTI CALL_OFFERED ani={PHONE} dnis=8885550142 caller_name="{CAPSNAME}" queue=SCHED_ES',
    'CTI CALL_ANSWERED call_id={REQID} agent={USER} agent_name="{GIVEN} {SURNAME}" ani={PHONE}',
    'CTI SCREEN_POP call_id={REQID} matched_patient="{LASTFIRST}" dob={ISODATE} mrn={MRN}',
    'CTI CALL_TRANSFERRED call_id={REQID} from={USER} to=NURSE_LINE note="pt {NAME} c/o chest pain"',
    "CTI WRAP_UP call_id={REQID} agent={USER} disposition=appt_booked patient={MRN} appt={TS}",
    "ivr.input call_id={REQID} prompt=dob digits={YMD} match=partial",
    "ivr.input call_id={REQID} prompt=callback digits={PHONEDIGITS}",
    'ivr.speech call_id={REQID} asr="my name is {NAME}" confidence=0.72',
    'ivr.speech call_id={REQID} asr="calling for my dad {TGIVEN} {SURNAME}" confidence=0.44',
    '{{"event": "callback.scheduled", "ani": "{E164}", "name": "{NAME}", "window_start": "{TS}", "queue": "refills"}}',
    '{{"event": "interpreter.connected", "call_id": "{REQID}", "language": "Marshallese", "interpreter_id": "{OTHER}", "interpreter_name": "{GIVEN}"}}',
    '{{"event": "interpreter.connected", "call_id": "{REQID}", "language": "Somali", "interpreter_name": "{NAME}", "patient": "{LASTFIRST}"}}',
    'callrec.saved call_id={REQID} agent="{GIVEN}" ani={PHONE} path=/rec/{YMD}/{REQID}.wav',
    'wfm.adherence agent_id={USER} agent="{LASTFIRST}" state=after_call_work dur_s={MS}',
    'chat.transcript id={REQID} visitor="{LGIVEN}" agent="{GIVEN}" started={TS} lines=14',
    'chat.message id={REQID} from=visitor text="can {LGIVEN} pick up my meds, shes my neighbor"',
    'chat.message id={REQID} from=agent text="Hi {GIVEN}, I can help with that. Can you confirm the DOB?"',
    'chat.message id={REQID} from=visitor text="{DOB}, and my address is {STREET}"',
    'voicemail.transcribed box=nurse_line from={E164} dur_s={MS} text="hi this is {NAME} calling about {GIVEN}\'s fever"',
    'voicemail.transcribed box=front_desk from={PHONE} text="its {NICK}, call me back at {LPHONE}"',
    # Portal audit lines.
    "AUDIT {TS} user={USER} action=LOGIN result=success ip={IP}",
    'AUDIT {TS} user={USER} action=VIEW_CHART patient="{LASTFIRST}" mrn={MRN} reason=proxy',
    'AUDIT {TS} user={USER} action=SEND_MESSAGE to="{DOC}, MD" subject="question about {GIVEN}\'s shots"',
    'AUDIT {TS} user={USER} action=PROXY_GRANTED patient={MRN} proxy="{NAME}" relationship=caregiver',
    'AUDIT {TS} user={USER} action=UPDATE_ADDRESS old="{STREET}" new="{STREET}, {CITY} {ZIP}"',
    "AUDIT {TS} user={USER} action=UPDATE_PHONE old={PHONE} new={PHONE}",
    "AUDIT {TS} user={USER} action=UPDATE_EMAIL new={EMAIL} ip={IP}",
    'AUDIT {TS} user={USER} action=DOWNLOAD doc="After Visit Summary - {NAME}" ip={IP}',
    "AUDIT {TS} user={USER} action=PASSWORD_RESET email={EMAIL} result=sent",
    "AUDIT {TS} user={USER} action=LOGIN result=locked attempts=5 ip={IP}",
    'AUDIT {TS} user={USER} action=VIEW_RESULT patient={MRN} test=HbA1c proxy_of="{GIVEN}"',
    'portal.signup username={USER} email={EMAIL} name="{NAME}" dob={ISODATE} activation=pending',
    'portal.proxy_request requester="{NAME}" patient="{NAME}" patient_age={AGENUM} form=uploaded',
    'portal.message.new from_patient={MRN} thread={REQID} preview="{LGIVEN} says the swelling is..."',
    'portal.billing.payment acct={ACCOUNT} payer="{NAME}" amount=25.00 method=card',
    'portal.insurance.update mrn={MRN} member_id={PLAN} subscriber="{NAME}"',
    'portal.insurance.update mrn={MRN} medicare={MBI} subscriber="{LASTFIRST}"',
    "portal.device.link mrn={MRN} device={DEVICE} type=cgm linked_by={USER}",
    "portal.link.shared by={USER} url={URL}",
    # JSON records with names in structured fields.
    '{{"patient": {{"given": "{GIVEN}", "family": "{SURNAME}", "birthDate": "{ISODATE}"}}, "contact": {{"name": "{NAME}", "relationship": "son", "phone": "{PHONE}"}}}}',
    '{{"resourceType": "Patient", "name": [{{"family": "{SURNAME}", "given": ["{GIVEN}"]}}], "telecom": [{{"value": "{PHONE}"}}], "address": [{{"line": ["{STREET}"], "city": "{CITY}", "postalCode": "{ZIP}"}}]}}',
    '{{"resourceType": "RelatedPerson", "name": [{{"text": "{NAME}"}}], "relationship": [{{"text": "caregiver"}}], "telecom": [{{"value": "{EMAIL}"}}]}}',
    '{{"resourceType": "Communication", "sender": {{"display": "{NAME}"}}, "payload": [{{"contentString": "my son {LGIVEN} has a rash"}}], "sent": "{TS}"}}',
    '{{"caller": {{"name": "{NAME}", "relationship": "self", "callback": "{PHONE}"}}, "reason": "refill", "taken_by": "{USER}"}}',
    '{{"emergency_contacts": [{{"name": "{NAME}", "phone": "{PHONE}"}}, {{"name": "{NAME}", "phone": "{PHONE}"}}]}}',
    '{{"event": "transport.booked", "rider": "{NAME}", "pickup": "{STREET}, {CITY}", "date": "{ISODATE}", "driver": "{GIVEN}", "plate": "{PLATE}"}}',
    '{{"event": "medevac.request", "patient": "{LASTFIRST}", "village": "{CITY}", "escort": "{NAME}", "dob": "{DOB}"}}',
    '{{"household": [{{"name": "{GIVEN}", "dob": "{ISODATE}"}}, {{"name": "{GIVEN}", "dob": "{ISODATE}"}}, {{"name": "{GIVEN}", "dob": "{ISODATE}"}}]}}',
    '{{"event": "referral.created", "patient": "{NAME}", "to": "{DOC}, MD", "fax": "{FAX}", "created": "{TS}"}}',
    '{{"event": "eligibility.response", "member_id": "{MEDICAID}", "subscriber": "{CAPSNAME}", "dob": "{YMD}", "status": "active"}}',
    '{{"event": "pharmacy.ready", "rx": "{OTHER}", "patient": "{NAME}", "pickup_by": "{NAME}", "store": "{CITY}"}}',
    '{{"user": {{"username": "{USER}", "email": "{EMAIL}", "display_name": "{NICK}"}}, "last_login": "{TS}", "ip": "{IP}"}}',
    '{{"event": "form.submitted", "form": "proxy_access", "fields": {{"patient_name": "{NAME}", "proxy_name": "{NAME}", "proxy_phone": "{PHONE}", "a_number": "{ANUM}"}}}}',
    # key=value lines.
    'ts={TS} level=info event=checkin pt_name="{NAME}" dob={ISODATE} kiosk=lobby-2',
    'ts={TS} level=warn event=duplicate_patient a="{LASTFIRST}|{ISODATE}" b="{LASTFIRST}|{ISODATE}"',
    'level=info component=scheduler msg="booked" patient="{GIVEN} {SURNAME}" provider="{DOC}" slot={TS}',
    'level=error component=address msg="USPS validation failed" street="{STREET}" city="{CITY}" zip={ZIP}',
    'event=proxy.added patient={MRN} proxy_name="{NAME}" proxy_email={EMAIL}',
    'event=caregiver.verified caregiver="{NAME}" patient="{NAME}" verified_by={USER}',
    'event=language.pref patient={MRN} lang=mh interpreter_needed=true preferred_interpreter="{GIVEN}"',
    'msg="returned mail" patient="{NAME}" addr="{POBOX}, {CITY} {ZIP}"',
    'msg="returned mail" patient="{LASTFIRST}" addr="{RURAL}, {CITY}"',
    'queue=outreach task=call patient="{NAME}" phone={PHONE} attempts=3 result=no_answer',
    'queue=outreach task=text patient="{NAME}" phone={E164} lang=so result=sent',
    'job=birthday_cards patient="{NAME}" turns={AGENUM} on={ISODATE} addr="{STREET}"',
    'job=no_show_followup patient="{LASTFIRST}" missed={ISODATE} assigned_to="{GIVEN}"',
    'billing.statement acct={ACCOUNT} guarantor="{NAME}" addr="{STREET}, {CITY} {STATE} {ZIP}" balance=112.40',
    'ERROR pdf.render recipient="{NAME}" template=letter_es error="missing field: {{city}}"',
    "hl7.in PID|1||{MRN}^^^HOSP^MR||{LNUP}^{FNUP}^{MIDUP}||{YMD}|F|||{STREET}^^{CITY}^{STATE}^{ZIP}||{PHONE}",
    "hl7.in NK1|1|{LNUP}^{FNUP}|DAU^Daughter|{STREET}^^{CITY}^{STATE}^{ZIP}|{PHONE}",
    "hl7.in PV1|1|O|FM^CLINIC^01||||{NPI}^{LNUP}^{FNUP}^^^^MD|||||||||||{OTHER}|||||||||||||||||||||||||{HLTS}",
    "hl7.in EVN|A08|{HLTS}|||{USER}^{LNUP}^{FNUP}",
    "x12.270 NM1*IL*1*{LNUP}*{FNUP}****MI*{MEDICAID}~DMG*D8*{YMD}~",
    'ehr.sync WARN patient {MRN}: name mismatch local="{NAME}" remote="{NAME}"',
    "ehr.sync WARN patient {MRN}: dob mismatch local={ISODATE} remote={ISODATE}",
    "empi.merge survivor={MRN} ({LASTFIRST}) victim={MRN} ({LASTFIRST}) by={USER}",
    'fax.sent to={FAX} pages=4 cover="Attn: {NAME}" re="{LASTFIRST} DOB {DOB}"',
    'fax.received from={FAX} ocr_name="{CAPSNAME}" ocr_dob={USDATE} matched_mrn={MRN}',
    'mdm.enroll imei={IMEI} owner="{NAME}" program=remote_bp',
    'rpm.reading device={DEVICE} patient={MRN} sys=171 dia=98 alert_to="{GIVEN}"',
    'nginx {IP} - - "GET /portal/messages?from={USER} HTTP/1.1" 200 {MS}',
    'nginx {IP} - - "GET /api/patients/search?name={LGIVEN}&dob={ISODATE} HTTP/1.1" 200 {MS}',
    'ssn.verify ssn={SSN} name="{CAPSNAME}" result=mismatch',
    'kiosk.scan license={LICENSE} name="{CAPSNAME}" dob={USDATE} addr="{STREET}"',
    'parking.validate plate={PLATE} patient={MRN} by="{GIVEN}"',
    'tribal.verify cdib={OTHER} patient="{NAME}" tribe=choctaw status=verified',
]

NOTES = [
    # Telephone encounters.
    "TELEPHONE ENCOUNTER\nCaller: {NAME} (daughter)   Callback: {PHONE}\nPatient: {LASTFIRST}   DOB: {DOB}\nReason: pt fell at home {NMD}, no LOC.",
    "Phone call from pt's son {GIVEN} at {PHONE}. States mother ({NAME}, {AGE} y/o) has not eaten in 2 days. Advised ED eval.",
    "Pt called, identity verified with name and DOB {DOB}. Requests refill of amlodipine. Sent to {CITY} pharmacy.",
    "Received call from {NAME}, RN at {CITY} Home Health, re: pt {LASTFIRST}. Wound drainage increased since {WMD}.",
    "Spoke with pt's wife {GIVEN} via Marshallese interpreter {GIVEN} (ID {OTHER}). Pt still febrile, Tmax 101.8.",
    "Called pt x2 at {PHONE}, no answer. LVM per HIPAA guidelines. Will try again tomorrow. - {INITS}",
    "Pt's caregiver {NAME} called stating pt is out of insulin. Pt lives at {STREET}, {CITY}. Rx resent.",
    "Mother {NAME} called about child {GIVEN} (DOB {DOB}), cough x5 days, no fever. Home care advice given.",
    "Incoming call from {NAME} at {CITY} Senior Living regarding resident {LASTFIRST}, age {AGENUM}, new confusion.",
    "Pt's granddaughter {GIVEN} {SURNAME} is listed proxy; she reports BP 182/104 this AM. Advised to recheck and call back.",
    "Call returned to {NAME}. Scheduled with Dr. {SURNAME} on {WMD}. Pt aware of fasting labs.",
    "Pt called from new number {PHONE}; updated in chart. Old number {PHONE} belongs to ex-spouse {NAME}, do not call.",
    "Pastor {NAME} called on behalf of pt, pt gave verbal consent on speaker. Pt requests home visit.",
    "Phone encounter {USDATE}: pt {NAME} reports scorpion sting L hand this AM, swelling to wrist. Advised urgent care.",
    "Son {GIVEN} called from {CITY}; father {NAME} ({AGE} yo) missed dialysis {WMD}. Transport issue, see SW note.",
    # Portal message triage.
    "PORTAL MESSAGE TRIAGE\nFrom: {NAME} (proxy for {GIVEN})\nReceived: {TS}\nSummary: rash on trunk after amoxicillin, no SOB.",
    'Portal msg from pt: "{LGIVEN} says my sugar was 40 this morning". Called pt at {PHONE}, now 112 after juice.',
    "MyChart message reviewed. Pt's daughter {GIVEN} asks whether mother ({LASTFIRST}) can take ibuprofen with warfarin. Replied no.",
    "Portal message {USDATE} from {NAME}: requests records be sent to {DOC}, MD at {FAX}. Forwarded to HIM.",
    'Message from pt in Spanish, translated by {GIVEN} (bilingual MA): "mi esposo {GIVEN} tiene dolor de pecho". Advised 911.',
    "Pt messaged photo of wound; pt's neighbor {GIVEN} changes dressing. Reviewed with Dr. {SURNAME}; continue current care.",
    'Triage: message from {EMAIL}, signed "{NICK}". Matched to pt {LASTFIRST} (MRN {MRN}) by phone on file.',
    'Portal msg: "hi its {LGIVEN}, {GIVEN} has pink eye and so does {GIVEN}". Rx sent for both siblings.',
    "Reviewed portal message from proxy {NAME} re: pt's upcoming surgery {WMD}. Pre-op instructions sent.",
    "Message triaged to RN pool. Sender {NAME} reports child {GIVEN} swallowed a button battery? Called immediately, no answer x2, police welfare check requested to {STREET}.",
    # Nurse call-back notes.
    "RN CALL-BACK: Returned call to {NAME} at {PHONE} re: {GIVEN}'s fever. T 102.4, drinking well. Home care, return precautions.",
    "RN call-back {USDATE}: pt {LASTFIRST} denies CP, c/o dizziness since {NMD}. Appt made with {DOC}, NP for tomorrow.",
    "Nurse call-back to pt's husband {GIVEN}. Pt ({NAME}) vomiting x3, keeping fluids down now. Zofran sent.",
    "Called back {NAME}, identity confirmed (DOB {DOB}). Lab results reviewed per Dr. {SURNAME}: A1c 9.2, med change.",
    "RN spoke with pt via Somali interpreter {NAME}. Pt's son {GIVEN} present on call. Teach-back completed.",
    "Call-back to {GIVEN} (mother of pt {GIVEN}, DOB {DOB}) re: ear pain. Scheduled same-day with {DOC}, PA-C.",
    'Nurse line: caller {NAME} states her father {NAME} is {AGE} and "not acting right" since {WMD}. EMS advised.',
    "RN returned call to pt at {PHONE} in Vietnamese with interpreter {GIVEN}. Pt's wife {GIVEN} reports BP 90/60.",
    "RN call-back unsuccessful; VM full. Message left with daughter-in-law {GIVEN} to call {PHONE}.",
    "RN: pt {NAME} requests callback after 5pm at work number {PHONE}. Will route to evening nurse {GIVEN}.",
    # Social work notes.
    "SOCIAL WORK NOTE\nPt: {LASTFIRST}   MRN: {MRN}\nMet with pt and daughter {NAME}. Pt lives alone at {STREET}, {CITY}. Referred to meals program.",
    "SW spoke with pt's niece {NAME} ({PHONE}), who is primary caregiver. Discussed respite options and Medicaid waiver.",
    "SW: pt reports no transportation since {MONYEAR}. Enrolled in ride program; driver {GIVEN} to pick up at {STREET}.",
    "SW assisted pt with Medicaid application; A-number {ANUM} verified from I-94. Case manager {NAME} notified.",
    "SW note: pt's guardian {NAME} provided court papers dated {DATE}. Copy scanned to chart.",
    "Met with pt and wife {GIVEN}; pt is {AGE} and wife is sole caregiver. Discussed hospice with family, son {GIVEN} joining by phone from {CITY}.",
    "SW called landlord {NAME} re: mold at {STREET}; letter of medical necessity given to pt.",
    "Pt's case worker {NAME} from the refugee agency ({EMAIL}) requests vaccine records for pt and children {GIVEN} and {GIVEN}.",
    "SW: pt staying with cousin {NAME} at {RURAL} until FEMA repairs complete. Mailing address {POBOX}, {CITY} {ZIP}.",
    "Safety plan reviewed with pt. Pt states ex-partner {NAME} is not to receive information. Chart flagged.",
    "SW: pt's Tribal CHR {NAME} will do home visits weekly; CDIB {OTHER} on file for IHS referral.",
    # Care coordination notes.
    "CARE COORDINATION\nPt {NAME} discharged from {CITY} Regional {USDATE}. Follow-up with Dr. {SURNAME} on {WMD}. Home health via {GIVEN}.",
    "Coordinated with {NAME}, RN at dialysis unit, re: pt's missed sessions {NMD} and {NMD}. Transport rebooked.",
    "CM spoke with pt's sister {GIVEN} about medevac return from {CITY}; escort will be {NAME}.",
    "Referral faxed to {FAX}, attn {NAME}. Pt {LASTFIRST} (DOB {DOB}) to be seen by endocrinology.",
    "Care conference with pt, son {GIVEN}, daughter {GIVEN}, PCP Dr. {SURNAME} and SW {GIVEN}. Goals of care reviewed.",
    "Pt's PCP changed from Dr. {SURNAME} to {DOC}, MD effective {DATE} per pt request.",
    "CHW {GIVEN} completed home visit at {STREET}. Pt's BP log brought to clinic. Next visit {WMD}.",
    "Pt enrolled in remote BP monitoring, device {DEVICE}. Daughter {NAME} will upload readings.",
    "Prior auth {OTHER} submitted for pt {NAME}, member ID {PLAN}. Awaiting response from payer.",
    "Care manager {NAME} ({PHONE}) from the health plan called; pt {LASTFIRST} flagged for high ED use.",
    "Transition call: pt home from hospital, grandson {GIVEN} present. Med rec done by phone, {NAME} to pick up new meds.",
    # Interpreter, pharmacy and front-desk notes.
    "Visit conducted with Chuukese interpreter {NAME} by phone. Pt's husband {GIVEN} also present.",
    "Tongan interpreter unavailable; pt's daughter {GIVEN} interpreted at pt's request. Pt declined professional interpreter.",
    "Pharmacy called: {NAME} at {CITY} pharmacy states Rx {OTHER} needs new prescriber NPI {NPI}.",
    "Front desk: pt's mother {NAME} dropped off school form for {GIVEN} {SURNAME}. Placed in Dr. {SURNAME}'s box.",
    "Front desk note: pt arrived late (ride from {GIVEN} broke down). Rescheduled to {WMD}.",
    "Registration updated: new address {STREET}, {CITY} {STATE} {ZIP}; new phone {PHONE}; emergency contact {NAME}.",
    "Insurance updated: Medicare {MBI}; secondary Medicaid {MEDICAID}. Subscriber {NAME}.",
    "Pt's driver's license {LICENSE} scanned; name on license {CAPSNAME} differs from chart ({NAME}). Alias added.",
    "Pt's vehicle plate {PLATE} added for disability parking; pt drives herself or with grandson {GIVEN}.",
    # Short clinical notes with names of patients, relatives and staff.
    "{NAME} is a {AGE} y/o F seen today with daughter {GIVEN}. Hx of CHF, DM2.",
    "Pt {LASTFIRST}, {AGENUM} yo M, brought by son {NAME}; lives in {CITY}.",
    "Accompanied by husband {GIVEN} and interpreter {GIVEN}. Pt prefers to be called {NICK}.",
    "HPI per pt's mother {GIVEN}: child {GIVEN} with fever since {WMD}, max 103.",
    "Pt seen by {DOC}, NP on {DATE}; now returns for f/u. Wife {GIVEN} reports better sleep.",
    "Family hx: mother ({NAME}) DM2, deceased; brother {GIVEN} HTN.",
    "Pt states aunt {GIVEN} in {CITY} had the same symptoms last month.",
    "Signed: {NAME}, RN   {TS}",
    "Electronically signed by {DOC}, MD on {USDATE}",
    "Cosigned: {DOC}, MD. Scribed by {GIVEN} {SURNAME}.",
    "cc: {DOC}, MD; {NAME}, CHW",
    "Dictated by {DOC}, DO. Transcribed by {INITS}.",
    "Note written by {NAME}, LVN, for Dr. {SURNAME}.",
    "SSN {SSN} verified for Medicaid application; pt's daughter {GIVEN} assisted.",
    "Per Dr. {INIT}., ok to hold lisinopril until BP > 110. Pt's wife {GIVEN} aware.",
    "Patient: {CAPSNAME}    DOB: {DOB}    MRN: {MRN}\nEncounter: {USDATE}   Provider: {DOC}, MD",
    "Name: {NAME} | DOB: {DOB} | Phone: {PHONE} | Lang: Marshallese | Interp: {GIVEN}",
    "RE: {NAME}\nDOB: {DOB}\nDOS: {DATE}\nReferring: Dr. {SURNAME}",
    "Proxy on file: {NAME} (son), {NAME} (daughter). Both verified {USDATE}.",
    "Emergency contact: {NAME}, relationship niece, {PHONE}; alt {NAME}, {PHONE}.",
    "Pt's preferred name is {GIVEN}; legal name {LASTFIRST}.",
    "Pt goes by {NICK}. Wife {GIVEN} manages meds.",
    "Pt lives with grandchildren {GIVEN}, {GIVEN} and {GIVEN} in {CITY}; daughter {GIVEN} works nights.",
    "Home visit {USDATE} at {STREET} with CHW {NAME}. House cool, pt in bed, grandson {GIVEN} present.",
    "Pt's neighbor {NAME} found pt down on {WMD}; pt brought to ED by EMS from {STREET}.",
    "Per pt's son {GIVEN}, pt has not taken meds since {NMD}; son lives in {CITY} and visits weekends.",
    "Advance directive: healthcare agent {NAME} ({PHONE}); alternate {NAME}.",
    "Pt reports she is {AGE} years old; DOB on file {DOB}.",
    "Pt ({AGENUM}F) resides at {CITY} Senior Living; DON {NAME} reachable at {PHONE}.",
    "Pt's email {EMAIL} verified for portal; username {USER}.",
    "Pt requests copy of records mailed to {POBOX}, {CITY} {STATE} {ZIP}.",
    "Results letter sent to pt at {STREET}, {CITY} on {USDATE}.",
    "Pt flew in from {CITY} on {WMD} with escort {NAME}; returns {WMD}.",
    "Pt's mother {NAME} says baby {GIVEN} born {NMD} at {CITY} hospital, 36 wks.",
    "Pt's church member {NAME} brings pt to appts; pastor {GIVEN} visits weekly.",
    "Pt states {LGIVEN} (coworker) tested positive {NMD}; pt asymptomatic.",
    "Spoke with {NAME} at {CITY} Indian Health Service clinic, chart {MRN} requested.",
    "Pt's account {ACCOUNT} set up on payment plan; guarantor {NAME}.",
    "Pt uses CPAP serial {DEVICE}; DME contact {NAME}, {PHONE}.",
    "Pt's phone IMEI {IMEI} registered for RPM app; daughter {GIVEN} installed it.",
    "Pt asked that results be shared with partner {NAME} only; not with sister {GIVEN}.",
    "Outreach: pt {NAME} due for mammogram; last {MONYEAR}. Message left with husband {GIVEN}.",
    "Pt seen {USDATE} and {USDATE} for same complaint; daughter {GIVEN} worried.",
    "Per {NAME}, RN ({CITY} school), student {GIVEN} {SURNAME} used inhaler twice today.",
    "Pt's WIC caseworker {NAME} needs height/weight for {GIVEN}; faxed to {FAX}.",
    "Interpreter {NAME} (Haitian Creole) used for entire visit. Pt's son {GIVEN} also present.",
    "Pt's Medicaid {MEDICAID} active through {MONYEAR}; renewal help from {NAME}.",
    "Discussed with {DOC}, MD and {DOC}, PharmD; pt's grandson {GIVEN} will fill pill box.",
    "Late entry for {USDATE}: pt's sister {NAME} called about pt's chest pain, advised ED.",
    "Left message for {GIVEN} at {LPHONE} (home, no area code given).",
    "Obtained verbal consent from pt to speak with {NAME} ({GIVEN}'s mother) about results.",
    "Pt transported by {NAME} of the tribal transport program, van plate {PLATE}.",
    "Pt brought by neighbor {WNAME}; pt's daughter {WGIVEN} on the phone from {CITY}.",
    "Pt's son {WGIVEN} {WFAM} is the POA; copy on file.",
]

# Clean lines of the three kinds: no identifier in them, though they look like the rest. The chat
# uses, in their ordinary sense, words that this split also uses as names (kind, rains, beans,
# fingers, stump, dimes, spells, pickup, rage, laughing, pollo, vaca, puente, ...), and a few that
# other splits use as names (ever, season, plaster, brace, divine).
_PHI_FREE_CHAT = [
    "my son has had a fever since yesterday, 101.4 this morning",
    "the nurse was so kind, please tell her thank you",
    "best nurse ever honestly",
    "is it ok to take tylenol and motrin together for the kids",
    "my doctor said to come back in 2 weeks but the portal says 4",
    "my fingers go numb at night when i sleep on my arm",
    "when it rains my knees hurt so bad",
    "can i eat beans with the new kidney diet",
    "they put a plaster cast on him, can it get wet",
    "do i still need the knee brace at night",
    "she has dizzy spells when she stands up too fast",
    "curbside pickup at the pharmacy is closed on sunday?",
    "road rage guy hit my car, my neck hurts, do i go to the er or here",
    "allergy season is killing me, can i get a refill of the nasal spray",
    "my lash line is swollen and red, is it pink eye",
    "the stump from my amputation is rubbing in the new socket",
    "is there a rule about bringing kids to the infusion room",
    "he swallowed a few dimes, the xray tech said they passed",
    "crook in my neck since i slept in the recliner",
    "my son fears needles, can we do the nasal flu vaccine",
    "we are still grieving, my mom passed last month, can i cancel her appts",
    "mourning period is 40 days for us, can we move the surgery after",
    "the wool socks help my feet a lot with the neuropathy",
    "can the baby have pancake syrup at 10 months",
    "i get a rash from the cheap earrings, nickel i think",
    "the boiler in our building is broken and my asthma is worse in the cold",
    "she drinks 3 cups of coffee a day, is that too much while nursing",
    "the pollo at the fair made all of us sick, vomiting since last night",
    "ya me siento mejor gracias, la fiebre se fue",
    "mi mamá tiene la presión alta otra vez, 170 sobre 100",
    "mi hijo tiene tos y mocos desde el lunes",
    "¿a qué hora abren el sábado?",
    "gracias por todo, que Dios los bendiga",
    "el puente was closed so we are going to be late",
    "hay que ayunar para los análisis de sangre?",
    "my tía says to put vaporub on his feet, is that ok",
    "con tôi bị sốt, cần hẹn bác sĩ",
    "cảm ơn bác sĩ nhiều",
    "bà ngoại bị cao huyết áp, uống thuốc mỗi ngày",
    "salamat po sa tulong",
    "my lola has high blood po, 160 yung taas",
    "anak ko may ubo since tuesday",
    "shukran, the medicine is working",
    "inshallah we will come next week",
    "hooyo is sick, she has fever and cough",
    "waan ku mahadsanahay, aad baad u mahadsan tihiin",
    "mèsi anpil doktè",
    "manman m gen tansyon",
    "iokwe, kommol tata",
    "my jinō needs her dialysis time changed",
    "mahalo for calling back so fast",
    "my tutu get sugar, she like know if she can eat poi",
    "talofa, is the clinic open on saturday",
    "quyana for the help",
    "ahéhee', the new glasses work good",
    "i moved here from the Marshall Islands last year, do i need new shots",
    "we are from Chuuk, does my Medicaid work here",
    "we just got to Texas from Guatemala, where do the kids get vaccines",
    "my husband is in Alaska for fishing season until august",
    "we drove back from Louisiana for the holidays",
    "my cousin is a nurse in the Philippines, she said to ask about the dose",
    "my mom lives in Somalia, can i send her a copy of my records",
    "we fled Afghanistan in 2021, the kids need catch up shots",
    "does the clinic have a Tongan interpreter",
    "is there anyone who speaks Vietnamese on tuesday",
    "can i get a Haitian Creole interpreter for my visit",
    "my sugar was 312 after dinner",
    "bp this morning 146/92 pulse 88",
    "a1c went from 9.1 to 7.8!!",
    "oxygen was 91 on the finger thing",
    "he weighs 38 lbs now, is that ok for 4",
    "temp 100.9 under the arm",
    "took 2 ibuprofen at 6 and its still bad",
    "does metformin make you have diarrhea",
    "can i split the 25 mg pill in half",
    "out of my lisinopril, can you send it to the same pharmacy",
    "the new inhaler tastes weird, is that normal",
    "is the covid shot the same as last year",
    "insulin pen needles are out, need more",
    "my mom is 84 and on 11 meds",
    "my dad is 89 and still drives to church",
    "she is 45 and had asthma since she was 12",
    "the baby is 9 months and not crawling yet",
    "appointment thursday at 10 right",
    "can we do monday instead of friday",
    "we will be out of town in june",
    "sometime in march works better",
    "i've had this cough since 2019 on and off",
    "last tetanus shot was in 2015 i think",
    "is the lab open saturday mornings",
    "what time does urgent care close on sunday",
    "the portal keeps logging me out",
    "my password reset link expired",
    "the app says update to version 5.2",
    "sorry wrong chat",
    "ok thank u",
    "never mind, we figured it out",
    "can someone call me back please",
    "is the doctor running late today",
    "how long is the wait for a new patient",
    "my son needs a sports physical before football",
    "my daughter needs her shot records for school",
    "my wife is pregnant and has bad heartburn",
    "my brother is in the hospital and i need to know what to bring",
    "the pharmacist said the insurance wants a prior auth",
    "the front desk lady said to message here",
    "the ambulance bill came, is that covered",
    "grandma keeps falling at night, what can we do",
    "my kid got bit by a fire ant and his foot is swollen",
    "stung by a jellyfish at the beach, still burning",
    "scorpion sting on my toe, how long does the numbness last",
    "my husband cut his hand on a fish hook, does he need a tetanus shot",
    "is it safe to take the baby on the plane at 2 months",
    "the dialysis van didnt come today",
    "he was laughing so hard he peed, is that a prostate thing",
    "the tiki torch smoke makes my asthma worse",
    "how much is a visit without insurance",
    "do you take Medicaid from another state",
    "the kind of insulin changed, is that ok",
    "the divine liturgy is sunday morning so we cant come then",
    "we are having a cookout for the nation's birthday, can he eat brisket",
    "she has a dimple on her lower back, is that normal for a newborn",
    "my heart rhythm feels off, like skipping beats",
    "my hands shake when i hold a cup",
    "the brace on my wrist is too tight",
    "bug bites all over his legs from camping",
    "the cap on my tooth fell out, do you do dental",
    "my joints ache whenever the weather changes",
    "comimos carne de vaca en la boda y todos tenemos diarrea",
    "el chiquito tiene fiebre y no quiere comer",
    "i sew with wool and my hands crack in winter",
]

_PHI_FREE_LOG = [
    '{"event": "bot.turn", "intent": "hours", "utterance": "what time do you open", "confidence": 0.93}',
    '{"event": "bot.turn", "intent": "fallback", "utterance": "ok thank u", "confidence": 0.22}',
    '{"event": "bot.handoff", "queue": "nurse_line", "reason": "symptom_keyword", "wait_s": 41}',
    '{"event": "bot.language_detected", "lang": "es", "text": "gracias por todo", "translate": false}',
    '{"event": "bot.language_detected", "lang": "mh", "text": "kommol tata", "translate": true}',
    "bot.session channel=sms lang=vi intent=refill handoff=false turns=6",
    "bot.slot_fill slot=dob ok=false reason=empty retries=2",
    "bot.slot_fill slot=pharmacy raw='the one by the walmart' ok=false",
    "WARN nlu.entity_conflict text='allergy season' entity=PERSON value='season' resolved=common_noun",
    "WARN nlu.entity_conflict text='curbside pickup' entity=PERSON value='pickup' resolved=common_noun",
    "INFO bot.feedback rating=4 comment='fast answer'",
    "sms.status status=delivered error=none template=appt_reminder",
    "sms.status status=undelivered error=30006 template=lab_ready",
    'sms.inbound body="C" action=confirm',
    'sms.inbound body="STOP" action=opt_out',
    "sms.keyword keyword=HELP reply_sent=true",
    '{"event": "message.sent", "template": "flu_clinic", "lang": "es", "count": 1240}',
    '{"event": "mms.received", "media_count": 1, "content_type": "image/jpeg"}',
    "twilio.webhook MessageStatus=delivered ErrorCode=none",
    "CTI CALL_OFFERED queue=SCHED_ES wait_s=12",
    "CTI CALL_ABANDONED queue=NURSE_LINE wait_s=308",
    "CTI WRAP_UP disposition=refill_request duration_s=244",
    "CTI AGENT_STATE state=ready skills=es,en",
    "ivr.input prompt=main_menu digits=2",
    'ivr.speech asr="refill" confidence=0.91',
    'ivr.speech asr="representative representative" confidence=0.88',
    '{"event": "interpreter.connected", "language": "Chuukese", "wait_s": 95}',
    '{"event": "interpreter.connected", "language": "Vietnamese", "wait_s": 14}',
    "callrec.saved dur_s=412 storage=cold",
    "wfm.adherence state=lunch dur_s=1800",
    "chat.transcript lines=22 csat=5",
    'chat.message from=visitor text="is the lab open saturday"',
    "voicemail.transcribed box=refills dur_s=31 lang=en",
    "AUDIT action=LOGIN result=success mfa=sms",
    "AUDIT action=VIEW_RESULT test=lipid_panel proxy=false",
    "AUDIT action=PASSWORD_RESET result=sent",
    "portal.message.new thread_count=3 category=billing",
    "portal.billing.payment amount=25.00 method=card result=approved",
    "portal.link.shared kind=visit_summary",
    'level=info component=scheduler msg="slot released" reason=no_show',
    'level=warn component=address msg="USPS validation skipped" reason=timeout',
    "queue=outreach task=call attempts=3 result=no_answer",
    "job=flu_reminders sent=1402 failed=17 took_s=88",
    "job=birthday_cards skipped=all reason=feature_off",
    "rpm.reading sys=142 dia=88 hr=71 alert=false",
    "rpm.reading glucose=312 unit=mg/dL alert=true",
    "mdm.enroll program=remote_bp result=ok",
    'nginx "GET /healthz HTTP/1.1" 200 2',
    'nginx "GET /static/app.js HTTP/1.1" 304 0',
    "auth.failed reason=bad_password count=2",
    "kiosk.scan result=unreadable retries=1",
    "parking.validate lot=B duration_min=45",
    "hl7.in MSH|^~\\&|EPIC|CLINIC|||ADT^A08|2.5.1 ack=AA",
    "ehr.sync INFO batch=adt records=412 errors=0",
    "fax.sent pages=4 status=ok retries=0",
    '{"event": "eligibility.response", "status": "active", "plan_type": "medicaid_managed_care"}',
    '{"event": "pharmacy.ready", "count": 3, "store_hours": "9-7"}',
    '{"event": "transport.booked", "mode": "wheelchair_van", "leg": "return"}',
    '{"event": "medevac.request", "priority": 2, "weather_hold": true}',
    "tribal.verify status=pending reason=document_missing",
    "INFO cache.hit key=formulary ttl=3600",
    "WARNING slow query took_ms=812 table=appointment",
    "worker=2 queue=default task=reindex duration_s=12.4",
    '{"level": "info", "msg": "feature flag chat_translate=on", "langs": ["es", "vi", "so", "ht", "mh"]}',
    '{"event": "bot.escalation", "reason": "keyword:chest pain", "severity": "high"}',
]

_PHI_FREE_NOTE = [
    "Telephone encounter: caller reports fever x2 days, Tmax 101.8, tolerating fluids. Home care advice given.",
    "Pt called requesting refill of amlodipine 10 mg daily. Last BP 132/84. Refill sent.",
    "RN call-back: no answer, left message to call nurse line.",
    "Portal message triaged to RN pool; rash after amoxicillin, no SOB or swelling.",
    "Advised ED evaluation for chest pain radiating to L arm.",
    "Spoke with pt's daughter with pt's verbal consent on speaker.",
    "Marshallese interpreter used by phone for entire call.",
    "Somali interpreter present; teach-back completed.",
    "Pt declined professional interpreter; son interpreted at pt's request.",
    "Vietnamese interpreter unavailable, call rescheduled for tomorrow AM.",
    "SW: pt lacks transportation; enrolled in Medicaid ride benefit.",
    "SW: discussed respite care options with caregiver.",
    "SW: food insecurity screen positive; referred to food pantry.",
    "Care coordination: hospital discharge summary received and reviewed.",
    "Prior authorization submitted; awaiting payer response 3-5 business days.",
    "Home health agency notified of new wound care orders.",
    "CHW home visit completed; BP log reviewed, 138-150 systolic.",
    "Med rec completed by phone; 11 active medications.",
    "A1c 9.2%, up from 8.4%. Increase glargine to 24 units qhs.",
    "BP 178/102, HR 96, SpO2 95% RA, T 98.9 F.",
    "Wt 84.2 kg, Ht 165 cm, BMI 30.9.",
    "Na 133, K 5.4, Cr 1.9, eGFR 34.",
    "Hgb 9.8, MCV 72, ferritin 8. Start ferrous sulfate 325 mg daily.",
    "Dx: E11.65, I10, N18.3; CPT 99214.",
    "Hx of Parkinson's disease and Bell's palsy.",
    "Hashimoto's thyroiditis on levothyroxine 75 mcg.",
    "Kawasaki disease ruled out; echo normal.",
    "Osgood-Schlatter disease, R knee; ice and activity modification.",
    "Baker's cyst L knee on ultrasound.",
    "Positive Murphy's sign; RUQ ultrasound ordered.",
    "Epley maneuver performed for BPPV with relief.",
    "Holter monitor placed for 48 h; palpitations with dizzy spells.",
    "Foley catheter removed, voiding without difficulty.",
    "Apgar 8 and 9. Newborn doing well.",
    "Glasgow coma scale 15 on arrival.",
    "Guillain-Barré syndrome in 2014, full recovery.",
    "Raynaud's phenomenon: fingers turn white in cold.",
    "Pap smear and HPV cotesting due.",
    "Plaster cast applied to R forearm; keep dry, elevate.",
    "Knee brace fitted; weight bearing as tolerated.",
    "Stump care reviewed; prosthetist follow-up arranged.",
    "Pt describes rage episodes; PHQ-9 14, GAD-7 11.",
    "Pt is grieving; offered bereavement counseling.",
    "Pt fears needles; topical lidocaine before blood draw.",
    "Scorpion envenomation, local only; no antivenom indicated.",
    "Fire ant bites bilateral lower legs, no signs of anaphylaxis.",
    "Jellyfish sting R thigh, vinegar rinse done at home.",
    "Fishhook removed from R thumb; Tdap updated.",
    "Pt 84 y/o F with CHF, lives with family.",
    "Pt 67 y/o M with COPD exacerbation, on prednisone 40 mg x 5 days.",
    "Pt is 89 and independent in ADLs.",
    "Child 4 y/o, weight 16 kg, 50th percentile.",
    "Follow up Monday, labs in 2 weeks.",
    "Symptoms since March, worse over the winter.",
    "Pt returned from Guatemala last year; TB screening negative.",
    "Recent travel to the Marshall Islands; no fever.",
    "Pt relocated from Louisiana after the hurricane.",
    "Pt works seasonal fishing in Alaska, returns in September.",
    "Pt prefers Tongan; interpreter requested for next visit.",
    "Pt observes Ramadan; metformin timing adjusted.",
    "Pt fasting for Lent; counseled on glucose checks.",
    "Pickup of DME delayed; supplier notified.",
    "No show x2; outreach letter sent.",
    "Next appointment in 3 months with fasting labs.",
    "Visit type: telehealth, 20 min, audio only.",
]

PHI_FREE = [
    line
    for group in zip_longest(
        _PHI_FREE_CHAT[0::2], _PHI_FREE_LOG, _PHI_FREE_CHAT[1::2], _PHI_FREE_NOTE
    )
    for line in group
    if line is not None
]
