"""The "tune6" split: a sixth tuning set, aimed at names (and then dates) in patient chat.

Written from generate.py, templates.py, values.py, tune4.py and tune5.py only (for the interface
and the annotation conventions). Most of its weight is on how people name people when they type
on a phone: a bare given name in passing ("ask for bubba", "my sister yodit picked it up"),
initials ("hey its kb"), a single letter after a title ("dr o called"), nicknames, given and family
names that are ordinary words ("Shiloh", "Topaz", "Spade", "Turnip"), lowercase and misspelt
names, a name signed at the end of a message, relatives and staff named ("the nurse kaleo was
great"), names in lists ("me, tunde and abuelita"), and names next to places ("kerubo from
tahlequah"). Dates in chat come as people type them: "the 14th", "3/14", "tues the 9th",
"march 14th", "14 march", "on 3-14", "feb 2nd at 10", "this thurs 6/2". Notes, logs and clean
look-alike lines (vitals, doses, labs, codes, eponyms, ages under 90, weekdays, years,
durations, drug names, and chat where a word that could be a name is only a word) fill out the
rest.

Names come from many origins (US Southern and Appalachian, African American, Mexican and Central
American, Caribbean and Haitian, Nigerian, Ghanaian, Malian and Senegalese, Ethiopian, Kenyan,
Ugandan and Somali, Chinese and Cantonese, Korean, Vietnamese, Filipino, South Asian, Arab,
Persian, Slavic, Native American, Hawaiian, Samoan, Tongan and Chamorro, Irish).

No given name, family name, nickname, street name, city or e-mail domain here is in the pools of
values.py (with the Faker names it draws for both of its splits), templates.py, blind.py,
blind2.py, blind3.py, blind6.py, tune2.py, tune3.py, tune4.py or tune5.py: every word was checked with a
small script after folding accents and case (particles, generic place and address words and
top-level domains aside).

Annotation follows tune4.py: a state is not scored; a weekday next to a date ("tues the 9th")
and a clock time after it ("feb 2nd at 10") stay outside the DATE, and so does "the" in "the
14th"; a whole logging timestamp is one DATE; a title (Dr., Mrs., nurse), a credential (MD, RN)
and a possessive "'s" stay outside the NAME; only ages over 89 are AGE_OVER_89; a year, a month
or a weekday alone is not PHI. Initials standing for a person ("kb", "dr o") are a NAME.
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
    "us_southern": (
        6,
        _p(
            "Alvie, Arvel, Bascom, Buford, Delmer, Ardis, Euell, Gaither, Hobart, Hollis, Doshie, Jewell, "
            "Lonzo, Lovina, Mavis, Ova, Pernie, Rayburn, Emmit, Ezra, Virgie, Wendell, Fronie, Arbie, "
            "Burl, Dessie, Elvie, Ferrel, Gurney, Hassel, Iva, Lafe, Leaford, Oather, Ples, Selmer, "
            "Tillman, Ulysses, Vada, Wiley, Ardell, Beuna, Dorcas, Eula, Gertie, Hasty, Irby, Jadie, "
            "Lennie, Minnie, Oma, Pheba, Sallie, Leedy, Velva, Loyce, Darrel, Harlan, Jethro, Kermit, "
            "Olin, Quinton, Thurman, Vester, Oaklynn, Kolby, Maddox, Mallie, Hadley, Brynlee, Lorene, "
            "Imogene, Opie, Glenna, Odie, Exie, Ocie, Tennie, Zora"
        ),
        _p(
            "Branham, Bowlin, Caudill, Dotson, Estep, Gilley, Hensley, Holbrook, Crum, Kilgore, Ledford, "
            "Grigsby, Pennington, Ratliff, Pack, Slone, Sturgill, Tussey, Colley, Deskins, Whitt, "
            "Endicott, Adkins, Hammonds, Lewallen, Messer, Hamm, Moles, Jarrell, Lockard, Maynard, Nickels, "
            "Ooten, Pridemore, Quillen, Rife, Runyon, Amburgey, Baisden, Sammons, Crase, Cumbo, Dingus, "
            "Fleenor, Scalf, Kincer, Mosier, Shouse, Roark, Spurlock, Sizemore, Turman, Whitaker, Skaggs, "
            "Swiney, Boggs, Maggard, Noe, Hoskins, Collinsworth, Frazier, Goforth, Trusty, Tuggle, Vires, "
            "Osborn, Rasnick, Shortt, Stallard, Wagers, Whicker"
        ),
    ),
    "african_american": (
        5,
        _p(
            "Antwan, Bernita, Cedric, Earnestine, Fredricka, Kendrick, Lashonda, Marquise, Nakia, "
            "Octavia, Quanisha, Rashawn, Shaquille, Ulonda, Vonetta, Wardell, Dantrell, Jermaine, Latrice, "
            "Shanice, Ladonna, Jaquan, Tavaris, Amari, Kenyatta, Mykel, Arnetta, Dorinda, Jessamine, Leotha, "
            "Mattie, Pinkie, Rosetta, Thomasina, Verdell, Dequan, Jamarcus, Marquita, Shalonda, Takisha, "
            "Zenobia, Alfreda, Cleotha, Ernestine, Luvenia, Ollie, Pecola, Tyrell, Dashiell, Imani"
        ),
        _p(
            "Blount, Bynum, Dukes, Faison, Gatling, Hargrove, Ingram, Langston, Manigault, Mayes, "
            "Pettaway, Scurry, Tillery, Waddell, Whitfield, Wimberly, Boykin, Brockington, Chisolm, "
            "Drayton, Heyward, Middleton, Pinckney, Singleton, Tisdale, Witherspoon, Outlaw, Oglesby, "
            "Threatt, Lyles, Peoples, Sykes, Hairston, Funderburk, Hargett, Mobley, Rountree, Stukes, "
            "Wigfall, Boney, Cuthbertson, Dargan, Felder, Hamer, McClam, Gaddy, Rembert, Sessoms, "
            "Toomer, Vick, Whisonant"
        ),
    ),
    "hispanic": (
        5,
        _p(
            "Amancio, Baldomero, Faustino, Isidro, Leobardo, Macario, Nicanor, Onésimo, Porfirio, "
            "Refugio, Severiano, Tiburcio, Urbano, Wenceslao, Amparo, Benita, Felícitas, Clemencia, "
            "Obdulia, Eusebia, Herculano, Chelo, Paco, Milagro, Wilber, Lesly, Darwin, Epifanio, Hilario, "
            "Magdaleno, Odilia, Rosendo, Silvestre, Venustiano, Axel"
        ),
        _p(
            "Alcántar, Camarena, Hinojosa, Montemayor, Ochoa, Palomares, Valadez, Zepeda, Becerra, "
            "Carrizales, Escamilla, Rangel, Verduzco, Villarreal, Yáñez, Arellano, Alanís, Barajas, "
            "Castañeda, Carbajal, Granados, Izaguirre, Naranjo, Olvera, Chacón"
        ),
    ),
    "caribbean": (
        3,
        _p(
            "Kesha, Nadine, Claudette, Lascelles, Neville, Ainsley, Wislande, Jonel, Kervens, Ketia, "
            "Shevon, Rushane, Shanoya, Jacquelin, Eddy, Magalie, Nelcy, Sherlene, Wandy, Alanis, Yeimy, "
            "Franchesca, Omayra"
        ),
        _p(
            "Brathwaite, Thwaites, Wedderburn, Guerrier, Jolicoeur, Lafortune, Valcin, Derisma, Hylton, "
            "Mattis, Plummer, Beauvais, Lamothe, Féliz"
        ),
    ),
    "west_african": (
        4,
        _p(
            "Babatunde, Khady, Souleymane, Nkiru, Onyeka, Adebola, Damilola, Afia, Dieynaba, Ndeye, "
            "Penda, Chidinma, Esinam, Ezinne, Uzoma, Amaka, Ikechukwu, Adanna, Iyabo, Bisola, Toyin, "
            "Dapo, Femi, Tunde, Wale, Yinka, Kunle, Segun, Gbemisola, Korkor, Mawuli, Aissata, Elikem, "
            "Dzifa, Edem, Kwadwo, Yaaba, Serwaa, Nanayaw, Chinyere, Assetou, Kadidia, Modibo, Issiaka, "
            "Drissa, Fanta, Nafi, Coumba, Sokhna, Mame, Abdou, Babacar, Ibou, Pape, Bakari"
        ),
        _p(
            "Adewale, Bah, Sylla, Faye, Sarr, Gueye, Mbaye, Cissé, Akintola, Oparaugo, Gyamfi, Kuffour, "
            "Ansah, Tetteh, Dieng, Seck, Thiam, Obiora, Ndukwe, Okorie, Onyeama, Ogbonna, Lawal, "
            "Ogunsanya, Falana, Oyedepo, Amponsah, Badu, Donkor, Fosu, Nkansah, Sarpong, Yeboah, Addo, "
            "Agyei, Ezeji, Boakye, Iwuchukwu, Kyei, Kone, Sangare, Doumbia, Diarra, Sidibe, Sissoko, "
            "Dembele, Kante, Bathily, Niang, Sy, Ba, Kane, Sall, Mbengue, Ndour, Tall"
        ),
    ),
    "east_african": (
        3,
        _p(
            "Makeda, Deeqa, Nyokabi, Muthoni, Kiplimo, Jepkosgei, Nafula, Barkhad, Wangari, Njambi, "
            "Kerubo, Moraa, Nyaboke, Kwamboka, Bosibori, Awino, Adhiambo, Anyango, Nekesa, Nasimiyu, "
            "Lokwang, Ekai, Nakuru, Frehiwot, Mahlet, Yodit, Zewdu, Bekalu, Kassahun, Solomon, Gashaw, "
            "Ikran, Jeptoo, Kaltun, Nyawira, Hibo"
        ),
        _p(
            "Rotich, Muthama, Tsegay, Hailu, Getahun, Tilahun, Kipchumba, Njenga, Kinyanjui, Macharia, "
            "Wachira, Kamande, Karanja, Gathoni, Mwaura, Ndungu, Muthoni, Owino, Ogwang, Byamukama, "
            "Tumwine, Kagame, Gebremariam"
        ),
    ),
    "chinese": (
        4,
        _p(
            "Jiahui, Yuxin, Yiting, Shufen, Jianhua, Meiling, Wenjie, Xuemei, Zhenyu, Fengying, Xiaolan, "
            "Huifang, Jinhua, Kaiwen, Lanfang, Shuying, Ruiqi, Shaohua, Wenhui, Xiuying, Yanmei, Kawai, "
            "Siuming, Waiman, Chunkit, Hoyin, Mankit, Pakhang, Tszching, Wingkei, Yuchen, Ziyi, Guoliang, "
            "Guofeng, Yuying"
        ),
        _p("Fung, Chiu, Poon, Law"),
    ),
    "korean": (
        3,
        _p(
            "Minjun, Seoyeon, Jongho, Doyoon, Eunji, Sungmin, Hyejin, Jaewon, Sooyeon, Seungho, "
            "Younghee, Wonho, Hyunwoo, Sejin, Yeji, Jihye, Seoyun, Jinwoo, Dongwook, Sunhee, Jungmin, "
            "Youngsoo, Kyuri, Hyeonjun, Yuna, Chaewon, Hyesun, Sangmi, Minseo, Jeonghee, Okja, Bongsoon, "
            "Malsoon"
        ),
        _p("Son, Shim, Kwak, Maeng, Yeom, Go, Seok"),
    ),
    "vietnamese": (
        3,
        _p(
            "Quang, Uyen, Vy, Dat, Hai, Tu, Nhan, Phat, Tai, Thien, Trung, Bich, Hue, Lien, Nguyet, "
            "Suong, Tuyet, Duy, Phong, Tan, Toan"
        ),
        _p(
            "Tran, Pham, Phan, Dang, Ngo, Mac, Tieu, Hua, Lieu, Phung, Van, Giap, Khong, Khieu, Nong, "
            "Quan, Thach, Tiet, Banh, Kha, Khuu"
        ),
    ),
    "filipino": (
        3,
        _p("Angelito, Herminio, Ninoy, Dondon, Peachy, Edsel, Estrelita, Charito"),
        _p("Castillo, Bagtas, Alcantara, Calderon, Datu, Espiritu, Guevarra, Lacsamana"),
    ),
    "south_asian": (
        5,
        _p(
            "Ananya, Arjun, Ishaan, Priyanka, Vikram, Aditi, Nikhil, Pooja, Meenakshi, Kamala, Saraswati, "
            "Simran, Kuldeep, Amandeep, Farhan, Nazia, Asif, Rukhsana, Rahim, Sharmin, Arif, Mahmud, "
            "Dilip, Kavita, Anjali, Deepika, Vikas, Pradeep, Sanjay, Ajay, Neha, Shreya, Tanvi, Yash, "
            "Reyansh, Aanya, Rupinder, Hardeep"
        ),
        _p("Joshi, Malhotra, Khanna, Dutta"),
    ),
    "arab": (
        4,
        _p(
            "Mazen, Amal, Hanan, Osama, Zaid, Majida, Nizar, Raed, Suad, Widad, Ahlam, Iman, Taghrid, "
            "Ehab, Jihad, Qais, Nuha, Yazan, Fayez"
        ),
        _p(
            "Nassar, Rahal, Shami, Zoghbi, Abboud, Daher, Fakhoury, Habib, Saliba, Nader, Rizk, Tannous, "
            "Wehbe, Yazbek, Zein, Awad, Dabdoub, Fares, Hanna, Kanaan, Maalouf, Najjar, Obeid, Qaddoumi, "
            "Sayegh"
        ),
    ),
    "persian": (
        2,
        _p(
            "Hooman, Behnaz, Esmat, Minoo, Parvin, Taraneh, Khosrow, Farideh, Farshid, Golshan, Haleh, Bahar, "
            "Kambiz, Roozbeh, Sohrab, Elaheh"
        ),
        _p("Kermani, Hamedani, Azadi, Shahidi, Fazeli, Golpayegani, Razavi"),
    ),
    "slavic": (
        3,
        _p("Dejan, Mirjana, Vasily, Anatoly, Vladislav, Zinaida, Petro, Stepan"),
        _p(
            "Jabłoński, Król, Majewski, Olszewski, Sikora, Baran, Rutkowski, Pavlov, Bogdanov, "
            "Stojanović, Ilić, Pavlović, Zhuravlev, Oliynyk, Horvat"
        ),
    ),
    "native_american": (
        2,
        _p("Ahanu, Dyani, Onawa, Takoda, Tala, Winona, Yazhi, Tayen, Ashkii, Catori"),
        _p(
            "Chee, Harjo, Deschenie, Bluehorse, Roanhorse, Largo, Attakai, Beyale, Morningstar, "
            "Standingbear, Wolfchild, Littlebear, Cornsilk, Sixkiller, Tahsequah, Tsinajinnie, Nakai, "
            "Dedios, Yellowhair, Lameman, Silversmith, Whitesinger, Bahe"
        ),
    ),
    "pacific": (
        2,
        _p(
            "Siosaia, Makoa, Sefa, Epeli, Aperaamo, Alika, Seini, Sitani, Sela, Akosita, Folau, Fa'amoana, "
            "Lealofi, Tupe, Kaleo, Puanani, Makalii, Kapono, Kaipo, Hoku, Ulani, Keahi, Kaleolani, Anela, "
            "Ekewaka, Hokulani, Kealii"
        ),
        _p(
            "Mauga, Kaufusi, Naufahu, Vake, Kamakana, Makanani, Kanoho, Ratuva, Qarase, Tuisavura, "
            "Quinata, Keoho, Kamai, Kekona, Kealamakia, Kaniho, Tauiliili, Nahale, Kaholoaa, Puhi, Kalama, "
            "Kaawa, Kahoohanohano, Kaulukukui, Lum, Afamasaga, Keliihoomalu, Faamausili, Lefiti, Peleke, Taliaoa, "
            "Tuitele, Ulufale, Funaki, Hufanga, Kioa, Langi, Lolohea, Maka, Motuliki, Otai, Piutau, "
            "Sikahema, Tonga, Unga, Fanene, Manibusan, Pangelinan, Terlaje"
        ),
    ),
    "irish": (
        2,
        _p(
            "Aoibheann, Feidhlim, Eoghan, Shay, Oran, Niall, Cliodhna, Fearghal, Gearoid, Meabh, Sile, Deirbhile, "
            "Ornait, Senan, Aodhan, Odhran, Nessa"
        ),
        _p(
            "MacCarthy, Gallagher, Kavanagh, Moriarty, Nolan, Tierney, Moloney, Costello, Dolan, Regan, "
            "Flanagan, Geraghty, Mulcahy, Scanlan, Tobin, Cassidy, Devlin, Finnegan, Carmody, "
            "O'Connell, O'Grady, O'Leary, O'Malley, O'Reilly, MacNamara, McDermott, McEvoy, McHugh, "
            "Cunningham, Lonergan, Duggan, Feeney, Hurley, Kelleher, Lenehan, Loughnane, Mahony, Mulqueen, "
            "Sheehan, Walsh"
        ),
    ),
}
WORD_GIVEN = _p(
    "Ivory, Topaz, Beryl, Onyx, Buick, Delta, Dell, Taffy, Butterscotch, Chiffon, Tartan, Posey, Selah, "
    "Cosmo, Psalm, Zion, Canaan, Shiloh, Gilead, Goshen, Hebron, Victory, Chastity, Purity, "
    "Seraph, Halo, Rainbow, America, Amen, Berlin, Kenya, Asia, China, Egypt, Cairo, Chile, "
    "Cuba, Jamaica, Bermuda, Aruba, Moriah, Meteor, Saturn, Tangerine, Jaybird, Falcon, Cayenne, "
    "Brownie, Paprika, Licorice, Praline, Linen, Silk, Cowboy, Truffle, Sundown, Hymn, Advent, "
    "Riches, Patriot, Chuck, Lyric, Bonbon, Tinker, Shady, Ryder, Scout, Hap"
)
WORD_FAMILY = _p(
    "Gardner, Tower, Breeze, Dancer, Player, Fiddler, Trotter, Rider, Driver, Sailor, Seaman, "
    "Collier, Glazier, Joiner, Plumber, Gamble, Pitts, Outlaw, Register, Redd, Camp, Truelove, "
    "Hooker, Nailer, Spade, Shovel, Rake, Barrow, Reel, Spool, Loom, Buckle, Ribbon, Collar, "
    "Sleeve, Cuff, Boot, Slipper, Hatt, Coats, Vest, Belt, Purse, Wick, Locke, Keyes, Fence, "
    "Hedges, Pastures, Acres, Farm, Griddle, Saucer, Platter, Goblet, Fifer, Cornet, Clapper, Rattle, "
    "Tambour, Hawkes, Falcon, Robbins, Turkey, Pigeon, Parrot, Stagg, Goat, Calf, Oxley, Steer, "
    "Mule, Hound, Catt, Mouse, Syrup, Perch, Carp, Mackerel, Sturgeon, Crab, Shrimp, Clam, Snail, "
    "Frogg, Cobb, Wheat, Nettles, Pease, Onion, Garlic, Bun, Furnace, Trowel, Tongs, Potato, "
    "Ferret, Spigot, Sugarman, Butters, Faucet, Eggleston, Hamm, Lard, Sausage, Burger, Mutton, "
    "Roast, Funnel, Stove, Kettle, Pott, Mugg, Jarr, Bottle, Dish, Bowl, Fork, Knife, Blade, Sword, "
    "Shield, Helm, Spurr, Rein, Strap, Rope, Cord, Twine, Knott, Tye, Bonds, Chain, Link, Hoop, "
    "Bucket, Pail, Sieve, Strainer, Grist, Colander, Meal, Bran, Crust, Rolls, Scone, Pastry, Sweets, "
    "Bitter, Salter, Whisk, Lettuce"
)
NICKNAMES = _p(
    "Boog, Hoot, Pinky, Doodlebug, Peewee, Butterbean, Bubby, Sis, Chiqui, Güero, Toño, Momo, Kaka, "
    "Ahma, Tita, Ninang, Ate, Kuya, Chubs, Cuz, Tee Tee, Boobie, Itty, Buster, Sport, Pal, Chief, "
    "Boss, Mac, Mick, Taters, Beanie, Weenie, Twink, Bink, Pudge, Chunk, Cuddles, Snookums, "
    "Bugsy, Bugaboo, Toot, Coco, Pepa, Lola, Lita, Abuelita, Chata, Cheo, Neto, Tavo, Meme, Pili, "
    "Mague, Gabo, Rafa, Fito, Poncho, Tomasito, Deuce, Kay Kay, Dre, Tre, Shug, Suga, Munchkin, "
    "Squeak, Mouse, Chick, Duckie, Socks"
)
STREETS = _p(
    "Poinsett, Breckinridge, Crittenden, Turnpike, Academy, Seminary, Armory, Arsenal, Cannery, "
    "Worm Fence, Bluegrass, Fiddlehead, Ramp Patch, Coalbank, Tipple, Shady Grove, Needmore, "
    "Mudlick, Lickskillet, Frogtown, Hogback, Caney Fork, Paint Creek, Stake Fence, Troublesome, "
    "Quicksand, Carr Fork, Rockhouse, Lost Creek, Cutshin, Thunderbird, Paloverde, Acequia, "
    "Placita, Zaguán, Ramada, Kiva, Chamisa, Piñon, Lanai, Mauka, Makai, Liliuokalani, Keeaumoku, "
    "Lick Creek, Tarpon, Snook, Pompano, Grouper, Mahi, Marlin"
)
CITIES = _p(
    "Canajoharie, Herkimer, Ilion, Malone, Potsdam, Salyersville, Cobleskill, Sidney, Norwich, "
    "Cazenovia, Hornell, Wellsville, Salamanca, Dunkirk, Medina, Albion, Brockport, Wellsboro, "
    "Coudersport, Emporium, Ridgway, Clearfield, Punxsutawney, Kittanning, Latrobe, Waynesburg, "
    "Huntingdon, Lewistown, Bellefonte, Shamokin, Sunbury, Bloomsburg, Tunkhannock, Honesdale, "
    "Lehighton, Tamaqua, Mahanoy City, Frackville, Irvine, Monticello, Grafton, Kingwood, "
    "Whitley City, Iaeger, Oceana, Hinton, Mullens, Glenville, Beattyville, Summersville, "
    "Pineville, Middlesboro, Campbellsville, Tompkinsville, Burkesville, Jellico, LaFollette, "
    "Pearisburg, Burnsville, Bakersville, Newland, Chatsworth, Summerville, Kirtland, Vansant, "
    "Shonto, Pennington Gap, Hominy, Holdenville, Sylva, Robbinsville, Hayesville, "
    "Blairsville, Dahlonega, Toccoa, Cornelia, Hartwell, Elberton, Eatonton, Sandersville, "
    "Swainsboro, Baxley, Moultrie, Donalsonville, Blakely, Cuthbert, Hawkinsville, Eastman, "
    "Window Rock, Checotah, Tsaile, Zuni, Browning, Belcourt, Tahlequah, Anadarko, Okmulgee, "
    "Lukachukai, Idabel, Atoka, Pauls Valley, Pembroke, Waimea, Waianae, Hauula, Laie, Haleiwa, "
    "Bisbee, Safford, Payson, Portales, Tucumcari, Pearsall, Cotulla, Kingsville, Falfurrias, "
    "Hebbronville, Raymondville, Gloversburg, Amsterdam, Fonda, Johnsonburg, Saint Marys, "
    "Brookville, Titusville, Corry, Oil City, Tionesta, Kane, Smethport"
)
DOMAINS = _p(
    "mac.com, twc.com, 163.com, 126.com, sina.com, o2.pl, wildblue.net, shentel.net, citlink.net, "
    "zitomedia.net, breezeline.net, myfairpoint.net, nmia.com, valornet.com, wavecable.com, "
    "planters.net, tampabay.rr.com, kc.rr.com, sprintmail.com, gorge.net, rtconline.com"
)


FAMILY_FIRST = {"chinese", "korean", "vietnamese"}
GEN_SUFFIX = ["Jr", "Sr", "II", "III"]

_FOLD = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "ø": "o", "Ø": "O"})


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in text if ch.isascii())


def _handle(text: str) -> str:
    return "".join(ch for ch in _fold(text).lower() if ch.isalnum())


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _origin(rng: random.Random) -> str:
    names = list(ORIGINS)
    return rng.choices(names, [ORIGINS[n][0] for n in names])[0]


def _initial(rng: random.Random) -> str:
    return rng.choice("ABCDEFGHJKLMNPRSTVWY")


def _person_from(rng: random.Random, origin: str) -> tuple[str, str]:
    first, last = rng.choice(ORIGINS[origin][1]), rng.choice(ORIGINS[origin][2])
    if rng.random() < 0.06 and " " not in last:
        other = rng.choice(ORIGINS[_origin(rng)][2])
        if " " not in other and other != last:
            last = f"{last}-{other}"
    if rng.random() < 0.2:
        first, last = _fold(first), _fold(last)
    return first, last


def _word_person(rng: random.Random) -> tuple[str, str]:
    first = rng.choice(WORD_GIVEN) if rng.random() < 0.6 else rng.choice(ORIGINS[_origin(rng)][1])
    last = rng.choice(WORD_FAMILY) if rng.random() < 0.8 else rng.choice(ORIGINS[_origin(rng)][2])
    return first, last


def person(rng: random.Random, _split: str = "tune6") -> tuple[str, str]:
    if rng.random() < 0.15:
        return _word_person(rng)
    return _person_from(rng, _origin(rng))


def surname(rng: random.Random, _split: str = "tune6") -> str:
    return person(rng)[1]


def full_name(rng: random.Random, _split: str = "tune6") -> str:
    origin = _origin(rng)
    first, last = _word_person(rng) if rng.random() < 0.12 else _person_from(rng, origin)
    form = rng.random()
    if origin in FAMILY_FIRST and form < 0.3:
        return f"{last} {first}"
    if form < 0.4:
        return f"{first} {last}"
    if form < 0.47:
        return f"{last}, {first}"
    if form < 0.54:
        return f"{first} {_initial(rng)}. {last}"
    if form < 0.6:
        return first
    if form < 0.65:
        return f"{first[0]}. {last}"
    if form < 0.7:
        return f"{first} {last} {rng.choice(GEN_SUFFIX)}"
    if form < 0.74:
        return f'{first} "{rng.choice(NICKNAMES)}" {last}'
    if form < 0.8:
        return f"{_fold(first)} {_fold(last)}".lower()
    if form < 0.84:
        return f"{_fold(last)}, {_fold(first)}".upper()
    if form < 0.88:
        return f"{first} {_initial(rng)} {last}"
    return f"{first} {last}"


def given_name(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return rng.choice(WORD_GIVEN)
    return rng.choice(ORIGINS[_origin(rng)][1])


def given_lower(rng: random.Random) -> str:
    """A given name as it is thumbed in: 'yodit', 'kwadwo', 'shiloh'."""
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
    """A given name typed wrong: 'Yoidt', 'kwado', 'Shilloh'."""
    name = _fold(given_name(rng))
    name = _misspell(name, rng)
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
    """Initials standing for a person: 'kb', 'K.B.', 'JT', 'j.m.'."""
    a, b = _initial(rng), _initial(rng)
    form = rng.choice(
        [f"{a}{b}", f"{a}{b}".lower(), f"{a}.{b}.", f"{a}.{b}".lower(), f"{a}{b}{_initial(rng)}"]
    )
    return form


def one_initial(rng: random.Random) -> str:
    """The one letter after a title: 'dr o', 'nurse j'."""
    return rng.choice("ABCDEGHJKLMNOPRSTVWY")


def last_first(rng: random.Random) -> str:
    first, last = person(rng)
    return rng.choice(
        [f"{last}, {first}"] * 4 + [f"{last},{first}", f"{last}, {first} {_initial(rng)}."]
    )


def caps_name(rng: random.Random) -> str:
    first, last = person(rng)
    first, last = _fold(first).upper(), _fold(last).upper()
    return rng.choice(
        [
            f"{last}, {first}",
            f"{last},{first}",
            f"{first} {last}",
            f"{last}, {first} {_initial(rng)}",
        ]
    )


def clinician(rng: random.Random) -> str:
    first, last = person(rng)
    return rng.choice(
        [f"{first} {last}", f"{first} {_initial(rng)}. {last}", f"{first[0]}. {last}"]
    )


# --- Places ------------------------------------------------------------------------------------

STREET_TYPES = [("St", 9), ("Street", 4), ("Ave", 6), ("Rd", 8), ("Road", 3), ("Dr", 5), ("Ln", 4),
                ("Lane", 2), ("Blvd", 2), ("Ct", 3), ("Way", 2), ("Pl", 1), ("Cir", 2), ("Trl", 1),
                ("Pike", 2), ("Hollow Rd", 1), ("Branch Rd", 1), ("Loop", 1), ("Hwy", 1)]  # fmt: skip
PREDIR = ["N ", "S ", "E ", "W ", "NE ", "SW ", "North ", "Old "]
UNITS = ["Apt 3C", "Apt. 17", "Unit 9", "#12", "# 5A", "Lot 31", "Trlr 4", "Ste 204", "Apt B",
         "Bldg 6 Apt 2", "Rear", "Upstairs Apt", "Apt 1203", "Space 41"]  # fmt: skip


def _street_type(rng: random.Random) -> str:
    return rng.choices([s for s, _ in STREET_TYPES], [w for _, w in STREET_TYPES])[0]


def street_name(rng: random.Random) -> str:
    """A street with no house number: 'Mudlick Rd', 'Old Tipple Ln'."""
    pre = rng.choice([""] * 6 + PREDIR)
    return f"{pre}{rng.choice(STREETS)} {_street_type(rng)}"


def unit(rng: random.Random) -> str:
    return rng.choice(UNITS)


def po_box(rng: random.Random) -> str:
    kind = rng.choice(["PO Box", "P.O. Box", "po box", "Box", "POB"])
    return f"{kind} {rng.choice([rng.randint(1, 99), rng.randint(100, 9999)])}"


def rural_route(rng: random.Random) -> str:
    return rng.choice([f"RR {rng.randint(1, 9)} Box {rng.randint(1, 400)}",
                       f"HC {rng.randint(61, 88)} Box {rng.randint(100, 3999)}",
                       f"{rng.randint(100, 9999)} County Rd {rng.randint(2, 990)}",
                       f"{rng.randint(100, 9999)} State Rte {rng.randint(2, 199)}"])  # fmt: skip


def street_address(rng: random.Random, _split: str = "tune6") -> str:
    roll = rng.random()
    if roll < 0.06:
        return po_box(rng)
    if roll < 0.12:
        return rural_route(rng)
    num = str(rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 9999),
                          rng.randint(10000, 49999)]))  # fmt: skip
    if rng.random() < 0.05:
        num += " 1/2"
    line = f"{num} {street_name(rng)}"
    if rng.random() < 0.25:
        line += rng.choice([", ", " "]) + unit(rng)
    return line


def city(rng: random.Random, _split: str = "tune6") -> str:
    name = rng.choice(CITIES)
    return _fold(name) if rng.random() < 0.1 else name


def city_lower(rng: random.Random) -> str:
    return _fold(rng.choice(CITIES)).lower()


STATES = ["KY", "WV", "TN", "VA", "NC", "GA", "NY", "PA", "NM", "AZ", "TX", "OK", "HI", "SD", "MT",
          "Ky.", "W.Va.", "Tenn.", "ky", "wv", "tn", "Kentucky", "West Virginia", "New Mexico"]  # fmt: skip


def state(rng: random.Random) -> str:
    return rng.choice(STATES)


def zip_code(rng: random.Random) -> str:
    z = f"{rng.randint(1001, 99929):05d}"
    return f"{z}-{rng.randint(1, 9999):04d}" if rng.random() < 0.15 else z


# --- Dates and ages ----------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
CHAT_ABBR = ["jan", "feb", "mar", "apr", "may", "june", "july", "aug", "sept", "oct", "nov", "dec"]
_DAYS_IN = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _ordinal(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _ymd(rng: random.Random, lo: int = 2017, hi: int = 2026) -> tuple[int, int, int]:
    y, m = rng.randint(lo, hi), rng.randint(1, 12)
    return y, m, rng.randint(1, _DAYS_IN[m - 1] if (m != 2 or y % 4 == 0) else 28)


def _birth_ymd(rng: random.Random) -> tuple[int, int, int]:
    return _ymd(rng, *rng.choice([(1925, 1940), (1941, 1975), (1976, 2024)]))


def numeric_md(rng: random.Random) -> str:
    """3/14, 03/14, 3-14, 6.2: the month and day in figures."""
    _, m, d = _ymd(rng)
    return rng.choice([f"{m}/{d}", f"{m}/{d}", f"{m:02d}/{d:02d}", f"{m}-{d}", f"{m}.{d}"])


def worded_md(rng: random.Random) -> str:
    """march 14th, 14 march, feb 2nd, the 2nd of feb."""
    _, m, d = _ymd(rng)
    mo, ab, ch, o = MONTHS[m - 1], ABBR[m - 1], CHAT_ABBR[m - 1], _ordinal(d)
    return rng.choice([f"{mo} {d}{o}", f"{mo.lower()} {d}{o}", f"{d} {mo.lower()}", f"{d} {mo}",
                       f"{ch} {d}{o}", f"{ch} {d}", f"{ab} {d}", f"{d}{o} of {ch}", f"{ab}. {d}",
                       f"{mo.lower()} {d}", f"{d}{o} {mo.lower()}", f"{ch}{d}"])  # fmt: skip


def month_day(rng: random.Random) -> str:
    return numeric_md(rng) if rng.random() < 0.5 else worded_md(rng)


def day_th(rng: random.Random) -> str:
    """The day alone, after 'the': '14th', '2nd', 'ninth'."""
    d = rng.randint(1, 31)
    return (
        f"{d}{_ordinal(d)}"
        if rng.random() < 0.9
        else rng.choice(
            ["first", "second", "third", "fifth", "ninth", "tenth", "twelfth", "twentieth"]
        )
    )


def _full(rng: random.Random, y: int, m: int, d: int) -> str:
    mo, ab, o, yy = MONTHS[m - 1], ABBR[m - 1], _ordinal(d), y % 100
    return rng.choice([f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{yy:02d}", f"{m}-{d}-{y}",
                       f"{y}-{m:02d}-{d:02d}", f"{mo} {d}, {y}", f"{ab} {d} {y}", f"{d} {mo} {y}",
                       f"{d}-{ab}-{y}", f"{mo} {d}{o} {y}", f"{m}.{d}.{yy:02d}", f"{d:02d}{ab.upper()}{y}"])  # fmt: skip


def date(rng: random.Random) -> str:
    y, m, d = _birth_ymd(rng) if rng.random() < 0.25 else _ymd(rng)
    return month_day(rng) if rng.random() < 0.3 else _full(rng, y, m, d)


def dob(rng: random.Random) -> str:
    return _full(rng, *_birth_ymd(rng))


def month_year(rng: random.Random) -> str:
    y, m, _ = _ymd(rng, 2008, 2026)
    return rng.choice(
        [
            f"{MONTHS[m - 1]} {y}",
            f"{CHAT_ABBR[m - 1]} {y}",
            f"{m}/{y}",
            f"{ABBR[m - 1]} '{y % 100:02d}",
        ]
    )


def iso_date(rng: random.Random) -> str:
    y, m, d = _birth_ymd(rng) if rng.random() < 0.3 else _ymd(rng)
    return f"{y}-{m:02d}-{d:02d}"


def compact_date(rng: random.Random) -> str:
    y, m, d = _birth_ymd(rng) if rng.random() < 0.3 else _ymd(rng)
    return f"{y}{m:02d}{d:02d}"


def timestamp(rng: random.Random) -> str:
    y, m, d = _ymd(rng, 2022, 2026)
    hh, mi, ss, ms = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999)
    return rng.choice([f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}Z",
                       f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d},{ms:03d}",
                       f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{ms:03d}+00:00",
                       f"{d:02d}/{ABBR[m - 1]}/{y}:{hh:02d}:{mi:02d}:{ss:02d}"])  # fmt: skip


_NINETIES = ["ninety", "ninety-one", "ninety-two", "ninety-three", "ninety-four", "ninety-five",
             "ninety-six", "ninety-seven", "ninety-eight", "ninety-nine"]  # fmt: skip


def age_number(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(90, 99)] * 5 + [rng.randint(100, 105)]))


def age_over_89(rng: random.Random) -> str:
    if rng.random() < 0.7:
        return age_number(rng)
    return rng.choice(_NINETIES)


# --- Contact numbers, web ----------------------------------------------------------------------


def phone(rng: random.Random) -> str:
    a, b, c = rng.randint(205, 989), rng.randint(201, 999), f"{rng.randint(0, 9999):04d}"
    return rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", f"{a}{b}{c}",
                       f"1-{a}-{b}-{c}", f"+1 {a}-{b}-{c}", f"{a}-{b}-{c} ext {rng.randint(2, 999)}",
                       f"({a}){b}-{c}"])  # fmt: skip


HANDLE_WORDS = ["hollerhoney", "coalminersgal", "bingonana", "tortillalady", "kavaking",
                "luaumom", "porchsitter", "biscuitqueen", "powwowdad", "banjopicker"]  # fmt: skip


def email(rng: random.Random, _split: str = "tune6") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "yodit", _handle(last) or "sarpong"
    n = rng.randint(1, 99)
    local = rng.choice([f"{f}.{ln}", f"{f}{ln}", f"{f[0]}{ln}", f"{f}_{ln}{n}", f"{ln}{f[0]}",
                        f"{rng.choice(HANDLE_WORDS)}{n}", f"{f}{rng.randint(1950, 2010)}", f"{ln}.{f}"])  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def username(rng: random.Random, _split: str = "tune6") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "yodit", _handle(last) or "sarpong"
    n = rng.randint(1, 99)
    return rng.choice([f"{f}.{ln}", f"{f[0]}{ln}", f"{f}{n}", f"{ln}{f[0]}{n}", f"{rng.choice(HANDLE_WORDS)}_{n}",
                       f"{f}_{ln}", f"{ln.upper()}{f[0].upper()}"])  # fmt: skip


def url(rng: random.Random, _split: str = "tune6") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "yodit", _handle(last) or "sarpong"
    an = string.ascii_letters + string.digits
    return rng.choice([f"https://www.gofundme.com/f/help-{f}-{ln}", f"https://www.caringbridge.org/visit/{f}{ln}",
                       f"https://www.facebook.com/{f}.{ln}.{rng.randint(1, 99)}", f"https://lotsahelpinghands.com/c/{_digits(rng, 6)}",
                       f"https://photos.app.goo.gl/{_letters(rng, 16, an)}", f"https://www.tiktok.com/@{f}{ln[0]}",
                       f"https://{f}-{ln}.blogspot.com", f"https://mealtrain.com/trains/{_letters(rng, 6, an).lower()}"])  # fmt: skip


def ip_address(rng: random.Random) -> str:
    if rng.random() < 0.15:
        g = [f"{rng.randint(0, 65535):x}" for _ in range(8)]
        return rng.choice([":".join(g), f"2601:{g[1]}:{g[2]}::{g[7]}"])
    return (
        f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    )


# --- Numbers -----------------------------------------------------------------------------------


def ssn(rng: random.Random) -> str:
    a, g, s = (
        f"{rng.randint(1, 665):03d}",
        f"{rng.randint(1, 99):02d}",
        f"{rng.randint(1, 9999):04d}",
    )
    return rng.choices([f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}"], [6, 2, 2])[0]


def mrn(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 7), _digits(rng, 8), f"MR{_digits(rng, 7)}", f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 3)}",
                       f"H{_digits(rng, 8)}", f"00{_digits(rng, 6)}"])  # fmt: skip


def health_plan_id(rng: random.Random) -> str:
    return rng.choice([f"{_letters(rng, 3)}{_digits(rng, 9)}", f"{_digits(rng, 9)}{_letters(rng, 2)}",
                       f"{rng.randint(1, 9)}{_letters(rng, 2)}{_digits(rng, 1)}-{_letters(rng, 2)}{_digits(rng, 1)}-{_letters(rng, 2)}{_digits(rng, 2)}",
                       f"W{_digits(rng, 9)}", f"{_letters(rng, 2)}{_digits(rng, 7)}-01", f"KY{_digits(rng, 10)}"])  # fmt: skip


def account_number(rng: random.Random) -> str:
    return rng.choice(
        [
            _digits(rng, 10),
            f"{_digits(rng, 4)}-{_digits(rng, 6)}",
            f"G{_digits(rng, 8)}",
            f"HB{_digits(rng, 7)}",
        ]
    )


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
    return rng.choice([npi(rng), f"{_letters(rng, 1)}{_digits(rng, 8)}", f"RN{_digits(rng, 7)}", f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
                       f"B{_letters(rng, 1)}{_digits(rng, 7)}", f"{_letters(rng, 2)}{_digits(rng, 6)}"])  # fmt: skip


def vehicle_id(rng: random.Random) -> str:
    vin_chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return rng.choice(["".join(rng.choice(vin_chars) for _ in range(17)), f"{_letters(rng, 3)} {_digits(rng, 3)}",
                       f"{_digits(rng, 1)}{_letters(rng, 3)}{_digits(rng, 3)}", f"{_letters(rng, 3)}-{_digits(rng, 4)}"])  # fmt: skip


def device_id(rng: random.Random) -> str:
    payload = "35" + _digits(rng, 12)
    return rng.choice([payload + _luhn(payload), f"SN {_digits(rng, 10)}", f"{_letters(rng, 2)}{_digits(rng, 8)}",
                       ":".join(_letters(rng, 2, "0123456789ABCDEF") for _ in range(6)), f"G7{_letters(rng, 4, string.ascii_uppercase + string.digits)}"])  # fmt: skip


def other_id(rng: random.Random) -> str:
    return rng.choice([f"CLM{_digits(rng, 9)}", f"Rx {_digits(rng, 7)}", f"REF-{_digits(rng, 6)}", f"PA{_digits(rng, 8)}",
                       f"{rng.randint(21, 26)}-{_digits(rng, 6)}", f"TKT-{_digits(rng, 5)}", f"CASE{_digits(rng, 7)}"])  # fmt: skip


EXTRA_SLOTS: dict[str, tuple[str | None, Callable[[random.Random], str]]] = {
    "GIVEN": ("NAME", given_name),  # a given name alone
    "LGIVEN": ("NAME", given_lower),  # lowercase, unaccented: "yodit"
    "TGIVEN": ("NAME", given_typo),  # misspelt: "kwado"
    "WGIVEN": ("NAME", word_given),  # given names that are words: Shiloh, Topaz
    "WFAM": ("NAME", word_family),  # family names that are words: Spade, Turnip
    "WNAME": ("NAME", word_name),
    "NICK": ("NAME", nickname),
    "INITS": ("NAME", initials),  # "kb", "J.T."
    "INIT": ("NAME", one_initial),  # "dr o"
    "LASTFIRST": ("NAME", last_first),
    "CAPSNAME": ("NAME", caps_name),
    "DOC": ("NAME", clinician),  # before a credential
    "STREETNAME": ("ADDRESS", street_name),
    "UNIT": ("ADDRESS", unit),
    "POBOX": ("ADDRESS", po_box),
    "RURAL": ("ADDRESS", rural_route),
    "LCITY": ("CITY", city_lower),
    "MD": ("DATE", month_day),
    "NMD": ("DATE", numeric_md),  # 3/14, 3-14
    "WMD": ("DATE", worded_md),  # march 14th, 14 march
    "DAYTH": ("DATE", day_th),  # after "the"
    "DOB": ("DATE", dob),
    "MONYEAR": ("DATE", month_year),
    "ISODATE": ("DATE", iso_date),
    "YMD": ("DATE", compact_date),
    "TS": ("DATE", timestamp),
    "AGENUM": ("AGE_OVER_89", age_number),
    "NPI": ("LICENSE_NUMBER", npi),
}


# --- Templates ---------------------------------------------------------------------------------
# Slots as in templates.py, plus EXTRA_SLOTS. JSON braces are doubled for str.format, and a slot is
# never written directly before a doubled closing brace.

CHAT = [
    # Bare given names in passing.
    "when u call ask for {LGIVEN}, she knows about my case",
    "ask for {NICK} at the front, he'll bring me back",
    "my sister {LGIVEN} picked it up yesterday but the bottle says the wrong dose",
    "hey its {INITS}, still waiting on the referral",
    "hey its {INITS} again lol",
    "tell {LGIVEN} thanks, the ointment worked",
    "tell {GIVEN} i said thank u!!",
    "{LGIVEN} from {LCITY} here, i need to move my appt",
    "its {GIVEN} from {CITY}, the one with the bad hip",
    "{GIVEN} in {CITY} told me to message here",
    "me, {LGIVEN} and {NICK} all have the same cough now",
    "me, {GIVEN} and abuelita {GIVEN} are coming, is there room in the exam room",
    "the kids ({LGIVEN}, {LGIVEN} and {LGIVEN}) all need physicals before {WMD}",
    "{GIVEN} and {GIVEN} both have goopy red eyes, can i get drops for both",
    "my brother {TGIVEN} is the one driving me",
    "my cousin {TGIVEN} said u guys do sports physicals",
    "{TGIVEN} said to text this number, is that right",
    "can {WGIVEN} pick up my meds? shes my niece",
    "my neighbor {WGIVEN} is gonna stay with me after the procedure",
    "{WGIVEN} and {WGIVEN} are my granddaughters, they can have my info",
    "my daughter {WGIVEN} will call u, she handles everything",
    "my caseworker is mrs {WFAM}, she needs the form too",
    "mr {WFAM} next door drove me last time but he cant this time",
    "its {WGIVEN} {WFAM}, i was in yesterday for my ears",
    "{WNAME} is my power of attorney now",
    "{NICK} says hi lol. anyway is my bloodwork back",
    "{NICK} is bringing me, he'll wait in the truck",
    "i go by {NICK} but my chart says {GIVEN}",
    "everybody calls me {NICK}, my real name is {NAME}",
    "my son {GIVEN} (we call him {NICK}) has a fever again",
    "my mamaw {LGIVEN} is {AGE} and cant get out of bed, who do i call",
    "papaw {GIVEN} fell again off the porch, hes {AGE}",
    "granny {WGIVEN} is {AGENUM} next month, does she still need the flu shot",
    "my aunt {LGIVEN}, no wait my great aunt {LGIVEN}, she has the same thing",
    "uncle {NICK} has sugar too, does that matter",
    "my stepdad {GIVEN} is on the list as emergency contact right?",
    "my wife {LGIVEN} is pregnant and has the same rash",
    "my husband {GIVEN} {SURNAME} has an appt {WMD} but hes sick",
    "my girlfriend {LGIVEN} thinks its strep",
    "my roommate {GIVEN} took me to the er last night",
    "his mom {LGIVEN} signed the consent already",
    "the baby is {LGIVEN}, born {NMD}, shes not eating good",
    "lola {GIVEN} and lolo {GIVEN} both need the shingles shot",
    "ba {LGIVEN} says the pills make her dizzy",
    "tata {GIVEN} wants to know if he can eat before the blood test",
    "mi esposo {LGIVEN} tiene cita el {NMD}",
    "soy {GIVEN}, la hija de {NAME}",
    # Staff.
    "the nurse {LGIVEN} was great, please tell her",
    "nurse {GIVEN} said to send a pic of the incision",
    "dr {INIT} called but i missed it",
    "dr {INIT} said to stop the metformin, is that right?",
    "the pa, {GIVEN} i think, said id get a call",
    "can i see {GIVEN} again instead of the doctor? she gets me",
    "the lady at the desk, {TGIVEN}, was rude honestly",
    "{GIVEN} in billing said my balance is 0",
    "is {LGIVEN} working today? she did my shot last time",
    "the tech {LGIVEN} did my xray and said someone would call",
    "dr {SURNAME} wants me back in 2 weeks, is dr {SURNAME} ok instead",
    "dr {WFAM} is the best, tell him thx",
    "can i switch to dr {SURNAME}? my sister sees her",
    "my old doctor was dr {LGIVEN} {SURNAME} in {CITY}",
    "the therapist {GIVEN} {INIT}. recommended yall",
    "pharmacist {GIVEN} at the walmart says yall need to call",
    "the home health girl, {NICK}, didnt come today",
    # Signatures.
    "ok thanks so much\n-{LGIVEN}",
    "thank u!! {GIVEN}",
    "see u {WMD}. {GIVEN}",
    "sorry for the long msg\n{NAME}",
    "thx - {INITS}",
    "ok\n{NICK}",
    "appreciate y'all\n{LGIVEN} {SURNAME}",
    "call me back pls. {GIVEN} {PHONE}",
    "thanks again, {TGIVEN}",
    "God bless, {GIVEN}",
    "{LGIVEN}\nsent from my iphone",
    "that works, thank you\n\n{WGIVEN}",
    # Dates, casual.
    "can i come the {DAYTH} instead",
    "is tues the {DAYTH} open? i get off early",
    "this thurs {NMD} at 2 works",
    "can we do {WMD} at 10",
    "on {NMD} i took the last pill",
    "my appt is {WMD} right? or was it {WMD}",
    "i have court on the {DAYTH} so i cant come",
    "i got my period {NMD} and again {NMD}, is that normal",
    "the {DAYTH}? no sorry i mean {WMD}",
    "started the antibiotic {WMD} and the rash came {NMD}",
    "last shot was {NMD}, when is the next one due",
    "the surgery is {WMD}, what time do i stop eating",
    "he hasnt pooped since the {DAYTH}",
    "i been sick since {WMD}, its not getting better",
    "we go on vacation {NMD} thru {NMD}, can i get my refill before",
    "mon the {DAYTH} or wed the {DAYTH}, whichever",
    "yes {WMD} at 3:30 is fine",
    "fri {NMD} i have dialysis so not that day",
    "i missed the {DAYTH} because my ride didnt show",
    "my birthday is {DOB} if u need it",
    "dob {DOB}",
    "name {NAME} dob {DOB}",
    "i was born {DOB}, its {GIVEN}",
    "they said {MONYEAR} for the colonoscopy, can i do it sooner",
    "my last mammogram was {MONYEAR} i think",
    "due date is {WMD}, been having cramps",
    "i took a test {NMD} and it was positive",
    "the er visit was {DATE} at {CITY} regional",
    "my mom passed {DATE}, please stop the reminders",
    "it says my card expires {NMD}?",
    "his last seizure was {WMD}",
    "{GIVEN}'s appt on the {DAYTH} needs to move to {WMD}",
    "can {LGIVEN} come with me on {NMD}",
    "i saw {LGIVEN} on {WMD}, she said to follow up in a month",
    # Addresses and places.
    "we moved to {STREET}, pls update",
    "new address {STREET}, {CITY} {STATE} {ZIP}",
    "i live out on {STREETNAME}, past the church",
    "its the trailer on {STREETNAME}, lot in the back",
    "mail goes to {POBOX} but we live at {STREET}",
    "we're at {RURAL}, the ambulance always gets lost",
    "my apt is {STREET} {UNIT}",
    "im staying with my sister {LGIVEN} at {STREET} in {CITY}",
    "moving back to {CITY} on {WMD}",
    "is there a clinic closer to {LCITY}",
    "im in {CITY} till the {DAYTH}, can i do video",
    "we drove all the way from {CITY}",
    "my grandson in {LCITY} wants to come to the appt",
    "the pharmacy in {CITY} on {STREETNAME} says they never got it",
    "{LGIVEN} from {CITY} pharmacy says the prior auth is done",
    # Phones, emails, ids.
    "call my daughter {LGIVEN} at {PHONE}",
    "my number changed, its {PHONE} now",
    "text {PHONE} not the house phone",
    "email me at {EMAIL}",
    "send it to my son {GIVEN}, {EMAIL}",
    "my member id is {PLAN}",
    "medicaid # {PLAN}, its on the card",
    "my ss is {SSN}",
    "my mrn is {MRN} i think",
    "account {ACCOUNT} says i owe but i paid {NMD}",
    "ref number {OTHER} from the insurance lady",
    "my username is {USER}, its locked",
    "the cpap serial is {DEVICE}",
    "my car got towed, plate {VEHICLE}",
    "my license is {LICENSE} for the parking form",
    "this is the link my daughter made {URL}",
    "it says someone logged in from {IP}",
    # Longer run-ons.
    "hi its {LGIVEN} my mom {NAME} is {AGE} and fell on {NMD}, can someone call {PHONE}",
    "ok so {LGIVEN} called on the {DAYTH} and nobody called back, its {NICK} btw",
    "my son {LGIVEN} and his friend {LGIVEN} both got bitten by the same dog on {WMD}",
    "{GIVEN} my caseworker and {GIVEN} from hospice are both gonna be there on {WMD}",
    "me and {LGIVEN} drove up from {LCITY}, we'll be late",
    "sorry its {INITS}, {GIVEN}'s mom. he threw up twice since {WMD}",
    "tell dr {INIT} that {LGIVEN} still has the fever",
    "its {WGIVEN}, {WGIVEN}'s daughter, mama is {AGE} and confused today",
    "{NICK} and {NICK} are fighting over the nebulizer lol, can we get a 2nd one",
    "we saw {GIVEN} the nurse on {NMD} and dr {SURNAME} on {NMD}",
    "pls send the records to {GIVEN} {SURNAME} at {EMAIL} before the {DAYTH}",
    "my brother {TGIVEN} lives at {STREET}, can the visiting nurse go there",
    "i'm {GIVEN}'s wife, {GIVEN}. he's {AGE}, dob {DOB}",
    "{LGIVEN} here. i moved to {CITY} on {WMD} so need a new pcp",
    "{INITS} here, is {LGIVEN} still my nurse",
    "grandma {LGIVEN} in {LCITY} has no ride on {NMD}",
    "wait is it dr {INIT} or dr {SURNAME} im seeing {WMD}",
    "ok {LGIVEN} thx!",
    "thanks {GIVEN}, u were a big help",
    "hi {LGIVEN}! quick question about my meds",
    "good morning {GIVEN}, the swelling is down",
]

NOTES = [
    "Patient: {CAPSNAME}   DOB: {DOB}   MRN: {MRN}\nDate of service: {DATE}",
    "Name: {NAME} | DOB: {DOB} | Visit: {DATE}",
    "RE: {NAME}, DOB {DOB}",
    "{LASTFIRST} (MRN {MRN}) seen {DATE} for follow-up of COPD.",
    "Pt {NAME} is a {AGE} yo F here with her granddaughter {GIVEN}.",
    "{AGENUM}-year-old man accompanied by his son {GIVEN} and daughter-in-law {GIVEN}.",
    "Patient goes by {NICK}; legal name {NAME}.",
    "Prefers to be called {NICK}.",
    "Daughter {GIVEN} is primary caregiver; reachable at {PHONE}.",
    "Spoke with patient's sister {GIVEN} {SURNAME} by phone on {DATE}.",
    "Wife {GIVEN} at bedside, updated on plan.",
    "Husband {WGIVEN} present for the visit and agrees with the plan.",
    "Accompanied by neighbor {WNAME}, who provides rides.",
    "Lives with partner {GIVEN} and two children in {CITY}.",
    "Lives alone on {STREETNAME} in {CITY}; her grandson {GIVEN} checks on her daily.",
    "Social: widowed, former coal miner, lives in {CITY} with son {WGIVEN}.",
    "Family hx: mother ({GIVEN}) with breast cancer at 52; father deceased {MONYEAR}.",
    "Emergency contact: {NAME} (niece) {PHONE}.",
    "POA: {WNAME}, {PHONE}.",
    "Interpreter {GIVEN} {SURNAME} used for the entire visit.",
    "Seen with RN {GIVEN}; wound care teaching done.",
    "Discussed with Dr. {SURNAME}, who agrees.",
    "Case reviewed with Dr. {WFAM} (cardiology) on {DATE}.",
    "Per Dr. {INIT}., hold anticoagulation until {WMD}.",
    "Called by pharmacist {GIVEN} re: interaction with warfarin.",
    "Message taken by {GIVEN} at front desk: pt requests call back.",
    "Tel enc: pt's mother {GIVEN} called {DATE} re fever 102.1; advised ED if worse.",
    "Phone note: {LASTFIRST} called, states she ran out of insulin on {MD}.",
    "Left voicemail for {GIVEN} at {PHONE} on {DATE}.",
    "Mother reports child ({GIVEN}) has had cough since {MD}.",
    "HPI: {AGENUM} y/o with falls; last fall {DATE} at home on {STREETNAME}.",
    "HPI: symptoms began on {DATE} after visiting family in {CITY}.",
    "Onset {WMD}; seen at {CITY} urgent care {MD}.",
    "LMP {DATE}. EDD {DATE}.",
    "Admitted {DATE}; discharged {DATE} to home with daughter {GIVEN}.",
    "Surgery: {DATE}, Dr. {SURNAME}. Assistant: {DOC}, PA-C.",
    "Follow up with Dr. {SURNAME} on {DATE} at 9:30.",
    "Return visit {DATE}; sooner if fever.",
    "Immunizations: Tdap {DATE}; influenza {DATE}.",
    "Last colonoscopy {MONYEAR} in {CITY}, normal per patient.",
    "Address: {STREET}, {CITY}, {STATE} {ZIP}.",
    "Mailing: {POBOX}, {CITY} {STATE} {ZIP}; physical: {STREET}.",
    "Home: {RURAL}, {CITY}. No running water per pt.",
    "Pt reports moving to {STREET} {UNIT} in {CITY} last month.",
    "Pharmacy: {CITY} Drug, {STREETNAME}. Phone {PHONE}. Fax {FAX}.",
    "Records faxed to {FAX} attn {GIVEN}.",
    "Portal email {EMAIL} verified.",
    "Insurance: member ID {PLAN}; guarantor {NAME}.",
    "Medicaid {PLAN}; account {ACCOUNT}.",
    "SSN {SSN} on file; verified by {GIVEN} at registration.",
    "Ins card scanned; subscriber {LASTFIRST}, DOB {DOB}.",
    "NPI {NPI}. License {LICENSE}.",
    "Pacemaker S/N {DEVICE}; interrogated {DATE}.",
    "CGM transmitter {DEVICE} replaced.",
    "Transport: son's vehicle, plate {VEHICLE}.",
    "Claim {OTHER} appealed {DATE}.",
    "Username {USER} unlocked at patient request.",
    "Patient shared fundraiser link {URL}.",
    "Access from {IP} flagged and reviewed.",
    "Electronically signed by {DOC}, MD on {DATE} 14:02",
    "Electronically signed: {DOC}, APRN {DATE}",
    "Dictated by {DOC}, DO. Transcribed by {INITS} {DATE}.",
    "cc: {DOC}, MD; {NAME}, RN",
    "Note written by {GIVEN} {SURNAME}, RN, BSN.",
    "Scribe: {GIVEN} {INIT}. for Dr. {SURNAME}",
    "Attending: {DOC}, MD   Resident: {DOC}, MD",
    "Rev. {GIVEN} visited; family ({GIVEN}, {GIVEN}) at bedside.",
    "SW note: pt's grandson {GIVEN} will provide transport on {WMD}.",
    "Hospice liaison {NAME} to call daughter {GIVEN}.",
    "Patient's dog, not a person: no contact. Daughter {GIVEN} is contact.",
    "Referral to {DOC}, MD at {CITY} Orthopedics; appt {DATE}.",
    "Consult: thank you Dr. {SURNAME} for referring {NAME}.",
    "Dear Dr. {WFAM},\nI saw your patient {NAME} on {DATE}.",
    "To whom it may concern: {NAME} (DOB {DOB}) was under my care from {DATE} to {DATE}.",
    "Work note: {NAME} may return to work on {DATE}.",
    "School note: {GIVEN} {SURNAME} was seen today, {DATE}, and may return {WMD}.",
    "Med rec with daughter {GIVEN}; pt taking lisinopril 10 mg daily.",
    "OR note {DATE}: surgeon {DOC}, MD; anesthesia {DOC}, CRNA.",
    "Wristband: {CAPSNAME} / {DOB} / {MRN}",
    "Pt {CAPSNAME}  Rm 212  Adm {DATE}",
    "Triage: {AGENUM}F brought by EMS from {STREET}, {CITY}.",
    "Pt says her name is {NICK}, chart name {NAME}; identity confirmed with DOB {DOB}.",
    "Advance directive on file; health care surrogate {WNAME}.",
]

# key=value, JSON, CSV, HL7 and access lines. A whole timestamp is one DATE.
LOGS = [
    '{TS} INFO chat.message sender="{GIVEN}" text="hey its {INITS}" conv=4411',
    '{TS} INFO chat.message from={PHONE} body="tell {LGIVEN} thanks"',
    '{TS} WARN ner.low_confidence token="{LGIVEN}" label=NAME score=0.41',
    '{{"ts": "{TS}", "event": "message.received", "patient": "{NAME}", "channel": "sms"}}',
    '{{"event": "contact.added", "name": "{GIVEN}", "relation": "sister", "phone": "{PHONE}"}}',
    '{{"event": "preferred_name.set", "preferred": "{NICK}", "legal": "{NAME}", "at": "{TS}"}}',
    '{{"msg": "caregiver linked", "caregiver": "{WNAME}", "patient_mrn": "{MRN}"}}',
    '{{"first_name": "{GIVEN}", "last_name": "{SURNAME}", "dob": "{ISODATE}", "zip": "{ZIP}"}}',
    '{{"firstName": "{WGIVEN}", "lastName": "{WFAM}", "birthDate": "{ISODATE}"}}',
    '{{"staff": "{GIVEN}", "role": "RN", "shift_start": "{TS}"}}',
    "{TS} INFO appt.booked patient={LASTFIRST} date={ISODATE} provider={SURNAME}",
    "{TS} INFO appt.rescheduled mrn={MRN} from={ISODATE} to={ISODATE}",
    "{TS} ERROR sms.failed to={PHONE} name={GIVEN} reason=blocked",
    "{TS} INFO email.sent to={EMAIL} template=reminder",
    "{TS} WARN email.bounce rcpt={EMAIL} code=550",
    "{TS} INFO fax.sent to={FAX} attn={GIVEN} pages=4",
    "{TS} INFO portal.login user={USER} ip={IP} ok=true",
    "{TS} WARN portal.login_failed user={USER} ip={IP} attempts=5",
    "{TS} INFO address.updated mrn={MRN} line1={STREET} city={CITY} zip={ZIP}",
    '{{"addr1": "{STREET}", "addr2": "{UNIT}", "city": "{CITY}", "state": "{STATE}", "zip": "{ZIP}"}}',
    '{{"mailing": "{POBOX}", "city": "{CITY}", "zip": "{ZIP}"}}',
    "{TS} INFO eligibility member={PLAN} dob={ISODATE} result=active",
    "{TS} INFO claim.submitted claim={OTHER} acct={ACCOUNT} dos={ISODATE}",
    "{TS} INFO registration ssn={SSN} mrn={MRN}",
    "{TS} INFO device.paired serial={DEVICE} mrn={MRN}",
    "{TS} INFO provider.lookup npi={NPI} name={DOC}",
    "{TS} INFO license.verify lic={LICENSE} result=valid",
    "{TS} INFO parking.permit plate={VEHICLE} holder={NAME}",
    "{TS} INFO link.shared url={URL} by={USER}",
    "{TS} DEBUG age.flag mrn={MRN} age={AGENUM}",
    "GET /api/patients?name={LGIVEN}&dob={ISODATE} 200 38ms",
    "GET /api/search?q={LGIVEN}+{LGIVEN} 200 12ms",
    "POST /api/caregivers name={GIVEN}+{SURNAME} relation=son 201",
    '{IP} - {USER} [{TS}] "GET /chart/{MRN} HTTP/1.1" 200 5120',
    "PID|1||{MRN}^^^CLINIC^MR||{CAPSNAME}||{YMD}|F|||{STREET}^^{CITY}^{STATE}^{ZIP}||{PHONE}",
    "NK1|1|{CAPSNAME}|DAU^Daughter||{PHONE}",
    "PV1|1|O|CLINIC^2||||{NPI}^{CAPSNAME}|||||||||||{OTHER}||||||||||||||||||||||||{YMD}",
    "mrn,first,last,dob,city\n{MRN},{GIVEN},{SURNAME},{ISODATE},{CITY}",
    '"{LASTFIRST}","{DOB}","{PHONE}","{EMAIL}"',
    "audit user={USER} viewed patient={NAME} at={TS}",
    "audit action=PRINT doc=discharge patient={LASTFIRST} printed_by={GIVEN}",
    '{TS} INFO transcript.saved speaker="{GIVEN}" snippet="dr {INIT} called me back"',
    '{TS} INFO chat.message body="me, {LGIVEN} and {NICK} are coming {NMD}"',
    '{TS} INFO chat.message body="see u the {DAYTH}. {GIVEN}"',
    '{TS} INFO chat.message body="{LGIVEN} from {LCITY} here"',
    '{{"sender": "{PHONE}", "body": "this thurs {NMD} ok? -{LGIVEN}", "received": "{TS}"}}',
    '{{"text": "can {WGIVEN} pick up my rx on {WMD}", "from_user": "{USER}"}}',
    "{TS} ERROR redact.verify leaked_token={LGIVEN} field=body",
    "{TS} INFO visit.closed mrn={MRN} provider=Dr {SURNAME} dos={ISODATE}",
    "{TS} INFO referral.sent to=Dr {WFAM} patient={NAME}",
    "{TS} INFO nickname.match query={NICK} candidates=3 chosen={NAME}",
    "{TS} INFO caregiver.sms to={PHONE} caregiver={WGIVEN}",
    "{TS} INFO task=reminders patient={GIVEN} appt={ISODATE} status=queued",
    "{TS} INFO signup email={EMAIL} phone={PHONE} dob={ISODATE}",
    "{TS} WARN dup.patient a={LASTFIRST} b={LASTFIRST} score=0.93",
    "Traceback: ValueError: bad dob {DOB} for {NAME}",
    "KeyError: 'patient {LASTFIRST}'",
    "{TS} INFO fhir.Patient name.given={GIVEN} name.family={SURNAME} birthDate={ISODATE}",
    "{TS} INFO staff.on_call nurse={GIVEN} provider={DOC}",
    "{TS} INFO pharmacy.callback pharmacist={GIVEN} rx={OTHER} phone={PHONE}",
    "{TS} INFO transport.booked rider={NAME} pickup={STREET} city={CITY}",
]

# Clean lines full of look-alikes, many with words that could be names but are only words here.
_PHI_FREE_CHAT = [
    "i have faith this works",
    "summer is hard with my allergies",
    "the baker's cyst is worse",
    "rusty water from the tap, is that why my stomach hurts",
    "hunter season starts so ill be out",
    "the brook behind the house floods every spring",
    "is it ok to drink bourbon on these pills",
    "i had a slice of cheddar and my sugar went up",
    "my topaz ring wont come off my swollen finger",
    "halo around the lights when i drive at night",
    "the rainbow pills are the vitamins right",
    "i ate a whole bowl of collard greens",
    "my knee pops like a guitar string",
    "i feel like a snail today, so tired",
    "the clam chowder made me sick",
    "the spade shaped rash is back",
    "i woke up at three am sweating",
    "victory! my a1c is under 7",
    "purity of the water at the well was tested",
    "my chocolate intake is a lot i know",
    "vanilla latte every morning, is caffeine ok",
    "i have a delta in my bp numbers morning vs night",
    "the coach of my team says i look yellow",
    "the overall feeling is just tired",
    "the kettle burned my hand, blister now",
    "i cut my finger with a knife cutting onion",
    "the rope swing hit my head",
    "my rake handle gave me a splinter",
    "ate too much sausage and gravy",
    "potato chips have too much salt right",
    "my celery juice diet is working",
    "the zucchini from the garden made me itchy",
    "garlic helps blood pressure?",
    "cucumber and lettuce only this week",
    "i lifted a bucket of water and my back went out",
    "shovel snow all morning now chest hurts",
    "my boot rubs a blister on my heel",
    "the belt is too tight since surgery",
    "left my purse at ur office",
    "the lining of my coat had my pills",
    "my dog chewed the collar of my cpap mask",
    "the fence fell on my foot",
    "i play the tambourine at church is that ok with my wrist",
    "the cornet practice makes my head pound",
    "i wheeze when i breathe at night",
    "the hound nipped my hand yesterday",
    "a goat kicked me at the fair",
    "mouse droppings in the kitchen, can that make u sick",
    "a crab pinched my toe at the beach",
    "allergic to shrimp and crab",
    "i got bitten by a snake? or maybe a lizard",
    "pie for dessert every night, guilty",
    "pastry chef so i taste sugar all day",
    "the bread crust hurts my gums",
    "the sawdust makes me cough at work",
    "bran muffin every morning still constipated",
    "sweets make my teeth hurt",
    "bitter taste in my mouth since the new pill",
    "the paprika in the chili upset my stomach",
    "the sugarless gum helps the dry mouth",
    "thyme tea for the cough?",
    "i drank a whole pot of coffee",
    "the stove fumes bother my asthma",
    "the griddle burned my arm",
    "my mug says 8 oz is that a cup",
    "the bottle of pills says take 2",
    "the dish soap gave me a rash",
    "this humid weather kills my sinuses",
    "we went to china town for dim sum and my lips swelled",
    "the cuba libre drink had lime and i broke out",
    "jamaica trip is next month, need shots?",
    "egypt trip, do i need malaria pills",
    "traveling to kenya, need yellow fever vaccine",
    "asia trip in the spring, hep a shot?",
    "chile peppers make my reflux bad",
    "the berlin wall of my insurance lol",
    "my deputy job has me on nights",
    "the sheriff's office needs a drug test",
    "cowboy boots hurt my bunion",
    "my linen sheets help the night sweats",
    "silk pillowcase for my hair loss",
    "the cub scouts trip, can he go with asthma",
    "the kitten scratched my arm and its red",
    "butterscotch at christmas spiked my sugar",
    "brownie mix has nuts, hes allergic",
    "the eggnog at the party, is that ok",
    "tangerine juice with my statin?",
    "the falcon game was so loud my ears ring",
    "jaybird got in the house lol anyway my bp is 150",
    "psalm 23 helped me through it",
    "the hymn at church made me cry, am i depressed",
    "advent calendar chocolate every day, oops",
    "riches to rags, cant afford the copay",
    "sundown is when the confusion starts",
    "patriot day parade, i was in the sun too long",
    "next tuesday at 2 works",
    "monday or wednesday morning",
    "sometime next week is fine",
    "thursday after 3 please",
    "any day but friday",
    "the weekend was rough",
    "3 days of diarrhea",
    "for 2 weeks now",
    "since last year",
    "twice a day for 10 days",
    "every 6 hours as needed",
    "took 2 advil at 8",
    "my sugar was 212 at 7am",
    "bp 148/92 this morning",
    "temp 100.4 last night",
    "o2 was 91% on the finger thing",
    "he is 4 and weighs 38 lbs",
    "shes 67 and has copd",
    "im 45 and never had a colonoscopy",
    "my dad is 82 and still drives",
    "my grandma is 88 and sharp as a tack",
    "since 2019",
    "back in 2008 i had surgery",
    "in the 90s i had hepatitis",
]
_PHI_FREE_NOTE = [
    "BP 138/86, HR 72, RR 18, SpO2 95% RA, T 98.9 F",
    "Wt 94.2 kg, Ht 178 cm, BMI 29.7",
    "A1c 7.9%, LDL 118, HDL 41, TG 210",
    "Na 136, K 4.4, Cl 101, CO2 24, BUN 18, Cr 1.1, Glu 142",
    "WBC 11.2, Hgb 12.8, Plt 301",
    "TSH 3.1, free T4 0.9",
    "INR 2.4 on warfarin 5 mg daily",
    "eGFR 52, UACR 45 mg/g",
    "Troponin <0.01 x2",
    "Metformin 1000 mg BID; glipizide 5 mg daily",
    "Lisinopril 20 mg daily; amlodipine 10 mg daily",
    "Albuterol HFA 2 puffs q4-6h prn",
    "Sertraline 50 mg daily, increase to 100 mg in 2 weeks",
    "Prednisone 40 mg x 5 days",
    "Amoxicillin 875 mg BID x 10 days",
    "Insulin glargine 24 units qhs",
    "Gabapentin 300 mg TID",
    "Apixaban 5 mg BID",
    "Dx: J44.1, E11.65, I10",
    "ICD-10 M17.11; CPT 20610",
    "CPT 99214, 93000",
    "LOINC 4548-4",
    "History of Parkinson's disease",
    "Bell's palsy in 2015, resolved",
    "Baker's cyst right knee on ultrasound",
    "Hashimoto's thyroiditis on levothyroxine 88 mcg",
    "Crohn's disease, last flare 2021",
    "Raynaud's phenomenon, worse in winter",
    "Sjogren's syndrome; dry eyes",
    "Meniere's disease with vertigo",
    "Barrett's esophagus on PPI",
    "Graves' disease s/p RAI",
    "Guillain-Barre syndrome 2012, residual weakness",
    "Hodgkin's lymphoma in remission",
    "Tourette's syndrome, mild tics",
    "Wilson's disease excluded, ceruloplasmin normal",
    "Cushing's ruled out",
    "Addison's disease on hydrocortisone",
    "Osgood-Schlatter disease bilateral",
    "Dupuytren's contracture left hand",
    "Heberden's nodes noted",
    "Murphy's sign negative",
    "McMurray test positive medial",
    "Phalen's and Tinel's positive",
    "Homan's sign negative",
    "Kernig and Brudzinski negative",
    "Apgar 8 and 9",
    "Glasgow coma scale 15",
    "PHQ-9 score 14, GAD-7 11",
    "MoCA 22/30",
    "Pain 7/10, worse with walking",
    "67 yo M with CHF, EF 35%",
    "45 y/o F, G3P2",
    "82-year-old with dementia",
    "Age 58. Nonsmoker.",
    "Return in 3 months",
    "Follow up in 2 weeks",
    "Labs on Monday",
    "Seen Tuesday and Thursday",
    "Symptoms x 3 days",
    "Smoked 1 ppd x 20 years, quit 2010",
    "Colonoscopy 2019 normal",
    "Mammogram due this year",
    "Flu vaccine given today, left deltoid",
    "Ketorolac 30 mg IM given",
    "No acute distress",
    "Lungs clear bilaterally",
    "Regular rate and rhythm, no murmur",
    "Abdomen soft, nontender",
    "2+ pitting edema bilateral lower extremities",
    "Wound 3 x 2 cm, granulating",
    "Faith-based support important to patient",
    "Hope for discharge in 2-3 days",
    "Summer camp physical completed, cleared",
    "Hunter's syndrome screening not indicated",
    "Baker's yeast allergy noted",
    "Rusty-colored sputum x 2 days",
    "Brook water exposure; Giardia panel sent",
    "Patient works as a welder and hunter guide",
    "Grace period for insurance ends at month end",
    "Mercy Hospital transfer declined per protocol",
    "Trinity of symptoms: fever, rash, arthralgia",
    "Ivory-colored discharge noted",
    "Amber urine, dehydrated",
    "Ruby-red lesion on lip",
    "Olive oil for ear wax",
    "Hazel eyes, PERRLA",
    "Sage advice given re: hydration",
    "Pearl-like papule on nose; r/o BCC",
    "Holly berry ingestion by toddler, poison control called",
]
_PHI_FREE_LOG = [
    "INFO cache.hit key=formulary ttl=3600",
    "GET /healthz 200 2ms",
    "INFO worker=3 task=nightly_cleanup duration_s=41.2",
    "WARN slow query took_ms=1450 table=appointments",
    '{"event": "model_loaded", "model": "ner-v6", "took_ms": 2210}',
    '{"level": "info", "msg": "redaction pass", "spans": 4, "ms": 12}',
    "HTTP 502 on /api/chat after 30s",
    "INFO retention days=2190 purge=nightly",
    "vitals.batch count=412 dropped=0 window=15m",
    "alert.rule spo2<90 for 5m fired=false",
    "triage.score esi=2 reason=sepsis_screen age_band=70-79",
    "INFO tokenizer vocab=32000 lowercase=true",
    "WARN queue depth=128 threshold=100",
    "DEBUG feature flag chat_v2=on",
    "INFO backup size=52GB duration=00:31:09",
    "ERROR timeout upstream=fhir after=10s retry=3",
    "INFO labels=NAME,DATE,CITY loaded=3",
    "INFO model=summer-release tag=v6.1",
    "INFO index=hunter shard=2 docs=10422",
    "INFO feature=faith_based_resources enabled=false",
    "INFO job=baker_cyst_cohort rows=220",
    "INFO cron=rusty_pipeline status=ok",
    "GET /static/img/brook-logo.png 304 1ms",
    "INFO migration 0042_add_preferred_name applied",
    "INFO celery beat tick interval=60s",
    "WARN deprecated field=nickname use=preferred_name",
    "INFO scheduler weekday=tuesday slots=42",
    "INFO year=2024 quarter=3 report=quality",
]
PHI_FREE = [
    line
    for group in zip_longest(_PHI_FREE_CHAT, _PHI_FREE_NOTE, _PHI_FREE_LOG)
    for line in group
    if line is not None
]
