"""The "tune4" split: a fourth tuning set, written without looking at the engine or its misses.

It leans on the labels that stay hardest: NAME, DATE, ADDRESS and CITY, in as many wordings and
contexts as could be invented, so that a learned tagger picks up general cues rather than a few
templates. Patient chat is typed the way people type on phones (relatives writing for someone,
names in passing, a given name or a surname alone, possessives such as "Okpara's", nicknames,
names that are also words or places such as "Cricket", "Summit", "Sahara", "Hammer" or "Pickles",
a first name at the end of a message as a signature, addresses typed casually, dates as "the
14th", "3/14", "thurs 3/14", "march 14", "14th of march", "mar 14 at 2", "sept 9 2023",
"9.9.23"). Clinical notes are of many kinds: HPI, assessment and plan, discharge summaries,
referral and consult letters, phone encounters, nursing and social-work notes, medication
reconciliation, operative notes, headers and signature blocks ("Electronically signed by ...",
"cc: ...", "Dictated by ... Transcribed ..."), family and social history with relatives' names
and where they live, dates of service, birth, admission and discharge in many formats. The other
labels come in several formats each, in chat, notes and log lines.

Names are drawn from many origins (US Anglo and Cajun, African American, Hispanic and Central
American, Nigerian, Gambian, Sierra Leonean and Senegalese, Ethiopian, Kenyan, Ugandan and
Rwandan, Chinese and Cantonese, Korean, Japanese, Vietnamese, Filipino, Indian and Pakistani,
Arab, Persian, Polish, Russian, Serbian, Bulgarian, Slovak and Baltic, Italian, Greek, Haitian,
Cherokee, Lumbee, Hopi and Apache, Chamorro, Samoan, Tongan and Fijian, Irish and Welsh,
German), with hyphenated and double surnames, family-first order, middle names and initials,
suffixes and quoted nicknames. Addresses have units, directionals, fractions, PO boxes, rural
and highway-contract routes, state and county highways, farm-to-market roads and written-out house
numbers; they come whole, as a bare street name, or split over an address line and a unit line.

It keeps the interface of values.py and, like tune3.py, has slots of its own (``EXTRA_SLOTS``).
No name (particles such as "de", "van", "la", "lo" or "al" aside), street name, city or e-mail
domain here is in the pools or templates of values.py (with the Faker names it draws for both of
its splits), templates.py, blind.py, blind2.py, blind3.py, tune2.py or tune3.py: every word was
checked with a small script after folding accents and case (generic address words such as St,
Box, County Road or Hwy, and top-level domains, aside). Nor is any in the pools of blind4.py
(checked the same way).

Annotation follows the other splits: a state is not scored; a weekday next to a date ("thurs
3/14") and a clock time after it ("mar 14 at 2", "03/14/2024 14:22") stay outside the DATE,
while a whole ISO or logging timestamp is one DATE; "the" in "the 14th" is outside the DATE;
a title (Dr., Mrs.), a credential (MD, RN) and a possessive "'s" stay outside the NAME; only
ages over 89 are AGE_OVER_89; a year alone, a month alone or a weekday alone is not PHI. A
street name without a house number ("lives off Sorghum Rd") and a unit line on its own
("Apt 4B") are ADDRESS, as parts of a street address.
"""

from __future__ import annotations

import random
import string
import unicodedata
from collections.abc import Callable
from itertools import zip_longest

# --- Names -------------------------------------------------------------------------------------
# Per origin: weight, given names, family names.

ORIGINS: dict[str, tuple[int, list[str], list[str]]] = {
    "us_anglo": (6, [
        "Alford", "Almus", "Arlo", "Artie", "Athel", "Milton", "Percy", "Audie", "Royce",
        "Axton", "Benson", "Wyatt", "Kaden", "Berlie", "Blaine", "Boyce", "Burleigh",
        "Brittany", "Lindsey", "Whitney", "Ashlyn", "Mckenna", "Delaney", "Reagan", "Callie",
        "Edna", "Carlene", "Clem", "Coy", "Myrna", "Creola", "Sherri", "Arlene", "Roxanne",
        "Dathan", "Della", "Travis", "Clint", "Rhett", "Krystal", "Dolly", "Tammie", "Drucilla",
        "Ardith", "Ozzie", "Eldridge", "Elvin", "Ennis", "Loyd", "Vestal", "Braxton", "Kasen",
        "Kolton", "Nevaeh", "Aubree", "Emmylou", "Estelle", "Briella", "Jenna", "Candace", "Marcy",
        "Trisha",
    ], [
        "Ashburn", "Atwood", "Wooten", "Rutherford", "Bagley", "Barlow", "Belcher",
        "Blalock", "Bolding", "Brasher", "Dunaway", "Brannon", "Broyles", "Burleson", "Burnside",
        "Calloway", "Carden", "Catlett", "Chadwick", "Stallworth", "Childers", "Cofield", "Cooley",
        "Corbin", "Cottrell", "Easley", "Farnsworth", "Crowder", "Hollingsworth", "Ivey",
        "Jernigan", "Culbertson", "Langford", "Meriwether", "Northcutt", "Dawkins", "Dillard",
        "Dowdy", "Venable", "Driskell", "Dunagan", "Fenton", "Fortenberry", "Gaskins",
        "Fincannon", "Fowlkes", "Lunsford", "Musgrove", "Pickering", "Fulcher", "Grantham",
        "Winstead", "McCracken", "Prather", "Kittredge", "Whitehurst", "Ackerman", "Greenlee",
        "Cornwell", "Gurley", "Ellsworth", "Fenwick", "Gladwell", "Haskins", "Kingsley",
        "Loveless", "Hamlin", "Hankins", "Ormsby", "Rowntree", "Underhill", "Wainwright",
        "Daigle", "Sonnier", "Landreneau", "Latiolais", "Schexnayder", "Castille",
    ]),
    "african_american": (5, [
        "Dashawn", "Jarvis", "Cornell", "Terrell", "Pearline", "Rasheed", "Jada", "Tyra",
        "Jalen", "Kameron", "Dontrell", "Jamison", "Javion", "Tanisha", "Keion", "Daveon",
        "Treshawn", "Deshaun", "Coretta", "Sharmaine", "Devontae", "Keyshawn", "Felecia", "Latanya",
        "Roshonda", "Dejuan", "Lakeisha", "Shantel", "Shaunte", "Chiquita", "Latasha", "Tawana",
        "Danisha", "Khadijah", "Nyasia", "Aniya", "Ronnell", "Janiyah", "Tyesha", "Shonda",
        "Kordell", "Zaire", "Zariah", "Kamiyah", "Tavion", "Jalisa", "Keon", "Taraji", "Khalilah",
        "Dionne", "Lakendra", "Quiana", "Otha", "Lucius", "Shemeka", "Latonia", "Marlena",
        "Lillie", "Eldora", "Lucinda", "Willa", "Vernell", "Ozell", "Alphonso", "Cleon",
        "Kwamaine",
    ], [
        "Akins", "Batts", "Bazemore", "Strickland", "Rucker", "Dorsey", "Pinkney",
        "Gathers", "Blackshear", "Bolden", "Mosley", "Broadus", "Bumpers", "Canty", "Coaxum",
        "Dinkins", "Goodloe", "Pough", "Epps", "Jeter", "Everette", "Exum", "Gathright",
        "Gilliard", "Haygood", "Sledge", "Hickman", "Grier", "Spates", "Hollowell", "Jeffcoat",
        "Littlejohn", "Gadson", "Mabins", "McCants", "Staggers", "McKnight", "Ravenel", "Grimke",
        "Gourdine", "McMillian", "Simmons", "Mickens", "Polite", "Mumford", "Kinlaw", "Fludd",
        "Nesbit", "Grandison", "Peay", "Clemons", "Ealy", "Perdue", "Ravenell",
        "Rhue", "Robinette", "Tolbert", "Hairgrove", "Swanigan", "Sapp", "Simpkins",
        "Spruill", "Kilpatrick", "Bufford", "Twitty", "McNair", "Flournoy", "Edmondson",
    ]),
    "hispanic": (5, [
        "Adelaido", "Fulgencio", "Adolfo", "Edgardo", "Agustina", "Alejo", "Arcadio", "Rosalba",
        "Aristeo", "Aureliano", "Bartolo", "Efrén", "Basilio", "Blas", "Braulio", "Anastacio",
        "Catarino", "Juvencio", "Cenobio", "Petronila", "Ciriaco", "Sixto", "Domitila", "Eduviges",
        "Eleazar", "Eligio", "Joselyn", "Celeste", "Esperanza", "Filemón", "Rubí", "Yazmín", "Eber",
        "Olvin", "Yefri", "Gabino", "Gregoria", "Gudelia", "Nestor", "Saúl", "Yolotzin", "Hermenegildo",
        "Maritza", "Honorato", "Jesusita", "Juventino", "Xitlali", "Aylin", "Valeria", "Romina",
        "Julieta", "Ladislao", "Ivanna", "Wendolyn", "Lauro", "Argelia", "Marcial", "Martiniano",
        "Rufina", "Cleotilde", "Tranquilina", "Florentino", "Hipólito", "Teodomiro", "Ezequiel",
        "Nemesio", "Olegario", "Serapio", "Mauricio", "Abelardo", "Reymundo", "Chuyita", "Pancracio",
        "Patrocinio", "Perfecto",
    ], [
        "Aguilera", "Ambriz", "Apodaca", "Bañuelos", "Balderas", "Esquivel", "Montelongo", "Lozoya",
        "Borrego", "Mondragón", "Cadena", "Macías", "Manzano", "Medrano", "Nieto",
        "Ledezma", "Carranza", "Oyervides", "Anguiano", "Ojeda", "Cárdenas", "Rosales",
        "Nevárez", "Reséndiz", "Solís", "Salcedo", "Aguirre", "Benavides", "Delgado", "Samaniego",
        "Segovia", "Irigoyen", "Jáuregui", "Villalobos", "Zamora", "Abrego", "Cerna", "Arámbula",
        "Basurto", "Cazares", "Enríquez", "Frausto", "Inzunza", "Acuña", "Plascencia", "Terrazas",
        "Villegas", "Alarcón", "Espinosa",
    ]),
    "west_african": (4, [
        "Chidi", "Bankole", "Adebayo", "Abimbola", "Hauwa", "Musa", "Gbenga", "Lamin", "Isatou",
        "Obioma", "Chisom", "Ebuka", "Bala", "Oluwatoyin", "Sani", "Adaora", "Sheku", "Foday",
        "Isatu", "Bolaji", "Kadiatu", "Jide", "Yeabu", "Ousman", "Mamadi", "Momoh", "Salif", "Sahr",
        "Tamba", "Alhaji", "Finda", "Momodou", "Jainaba", "Haddy", "Ebrima", "Sainabou",
        "Chimamanda", "Komba", "Kumba", "Somto", "Ozioma", "Nkem", "Olanrewaju",
        "Oyinkansola", "Lansana", "Folake", "Alieu",
    ], [
        "Oladipo", "Akinwande", "Babalola", "Kromah", "Weah", "Danladi", "Onwuka", "Kwarteng", "Okpara", "Kargbo",
        "Fofanah", "Dumbuya", "Jobe", "Jammeh", "Sonko", "Olatunji", "Drammeh", "Yusuf", "Sanyang",
        "Dolo", "Sirleaf", "Kpadeh", "Wesseh", "Zeon", "Ceesay", "Jallow", "Touray", "Njie",
        "Sowe", "Manneh", "Darboe", "Saidykhan", "Kanteh", "Fatty", "Nnaji", "Morawo", "Onoh",
        "Ezekwesili", "Iweala", "Ogbuehi", "Obiano", "Uchendu", "Ihejirika", "Njoku", "Dikko",
        "Shagari", "Yar'Adua",
    ]),
    "east_african": (3, [
        "Bereket", "Ermias", "Namutebi", "Achola", "Juma", "Furaha", "Imara", "Nuru", "Bahati",
        "Selam", "Kioko", "Mumbua", "Wairimu", "Atieno", "Auma", "Opiyo", "Adongo", "Kizito",
        "Nabirye", "Nansubuga", "Ssekitoleko", "Rahel", "Zewditu",
    ], [
        "Wolde", "Tsegaye", "Kato", "Nsubuga", "Kiggundu", "Ssali", "Lubega", "Ngugi", "Waweru",
        "Gitau", "Muriuki", "Wanyama", "Barasa", "Okoth", "Obura", "Ouma", "Tumusiime",
        "Byaruhanga", "Asiimwe", "Mukamana", "Nkurunziza", "Ndayishimiye", "Abate",
        "Haileselassie", "Yilma", "Zeleke", "Tefera", "Belay",
    ]),
    "chinese": (4, [
        "Jian", "Mingyu", "Guang", "Anqi", "Bingbing", "Baozhen", "Shuqin", "Yiming", "Zhiyuan",
        "Weiwei", "Qingyun", "Defang", "Xiulan", "Fenfang", "Hailong", "Shuzhen", "Jianjun",
        "Haiyan", "Huiling", "Ping", "Jiajun", "Guilan", "Lingling", "Xiaohong", "Meijuan", "Weimin",
        "Zhiming", "Haitao", "Xiaojun", "Yongmei", "Meifang", "Qiuyue", "Yanling", "Xiaofeng",
        "Mingzhu", "Huimin", "Guifang", "Jinfeng", "Liqun", "Xueqin", "Dehua", "Zhongming",
        "Rongrong", "Qiuju", "Zimo", "Haoyu", "Mengyao", "Siyu", "Yutong", "Xinran", "Shuhua",
        "Tingting", "Hanwen", "Boyang", "Tianyu", "Jingwen", "Peiling", "Yuhan", "Kwokleung",
        "Wingyan", "Suklan", "Yukming", "Chiming", "Kinwah", "Laifong", "Meiwah", "Sauling",
        "Waiching", "Yeeman",
    ], [
        "Du", "Quah", "Poh", "Tseng", "Chou", "Aw", "Li", "Wan", "Qiao", "Chuang", "Chao",
        "Tsou", "Kung", "Zhuge", "Hsiung", "Jen", "Hsiao", "Shiu", "Lok", "Yiu", "Sze", "Chui",
        "Kam", "Kuan", "Yeh", "Hsueh", "Jao", "Tsui", "Kao", "Pai", "Shih", "Hsia", "Gou", "Chueh",
        "Chih",
    ]),
    "korean": (3, [
        "Areum", "Bitna", "Jihoon", "Bomi", "Doyun", "Sooah", "Chanwoo", "Daeho", "Eunhye",
        "Youngja", "Gayoung", "Jungho", "Sangwoo", "Mikyung", "Yeonwoo", "Donghyun", "Geonho",
        "Seungmin", "Jinsol", "Hyemin", "Hyunju", "Oksoon", "Inho", "Jaesuk", "Jimin",
        "Changho", "Daejung", "Gwangsoo", "Heesook", "Insook", "Jeongah", "Kwangmin", "Namjoon",
        "Seokjin", "Jisoo", "Dahyun", "Yujin", "Sunghoon", "Jinhee", "Hyunsoo", "Junseo",
        "Soyoung", "Eunkyung", "Mijin", "Yunhee", "Jiyoung", "Hyeran", "Sookja", "Kyungja",
        "Kyungsoo", "Jongmin", "Minhee", "Wonjun", "Taehoon", "Minkyu", "Subin", "Yerin", "Hajun",
        "Siwoo", "Gunwoo", "Eunwoo", "Misook", "Chaeyoung", "Dasom", "Sohee", "Sangmin", "Gwang-sik",
    ], [
        "Ban", "Uhm", "Kye", "Cheon", "Gi", "Seol", "Juhn", "Dokgo", "Namgung", "Hwangbo",
        "Sunwoo", "Jegal", "Seomun", "Bok", "Choo", "Geum", "Gye", "Mun", "Byeon", "Choe", "Yook",
        "Hahm", "Gam", "Gang", "Guk", "Gwon",
    ]),
    "japanese": (2, [
        "Daiki", "Ayumi", "Hikaru", "Junichi", "Kaori", "Nanami", "Ayaka", "Misaki", "Katsuo", "Kazuki",
        "Chihiro", "Tatsuya", "Kumiko", "Kohei", "Toshiro", "Megumi", "Nobuo", "Hideko", "Momoko",
        "Osamu", "Sumiko", "Hiroko", "Yoshiaki", "Shizuko", "Asuka", "Yuka", "Mitsuko", "Junko",
        "Takashi", "Yumi", "Eiko", "Fusako", "Hisako", "Kazuko", "Masami", "Yuriko", "Sadako",
        "Sayuri", "Teruko", "Yoko", "Kazuhiro", "Koji", "Makoto", "Ryo", "Satoshi", "Shun", "Tomoya",
        "Yusuke", "Atsushi",
    ], [
        "Akiyama", "Yamada", "Saito", "Matsuda", "Nakajima", "Asano", "Fujii", "Okamoto", "Goto",
        "Ishida", "Fukushima", "Hirose", "Ishii", "Honda", "Endo", "Imamura", "Fujiwara",
        "Nishida", "Miura", "Takeuchi", "Kaneko", "Kamada", "Nakano", "Harada", "Ono", "Tamura",
        "Kawakami", "Ueda", "Morita", "Kubota", "Kuwahara", "Miyashiro", "Kishimoto", "Miyamoto",
        "Kikuchi", "Miyazaki", "Mochizuki", "Matsui", "Kudo", "Moriyama", "Oda", "Arai", "Ota",
        "Hara", "Hirata", "Sugiyama", "Omura", "Ogura", "Kubo", "Koyama", "Otsuka", "Chiba",
        "Murata", "Nomura", "Kawaguchi", "Tsuchiya", "Kinoshita", "Yano", "Imai", "Takada",
        "Maruyama", "Okazaki", "Sakurai", "Kamiya", "Iwamoto", "Tsuji", "Ando", "Sano", "Hoshino",
        "Nagai", "Kawamura", "Sekiguchi",
    ]),
    "vietnamese": (3, [
        "Cam", "Nghi", "Truc", "Tho", "Tuoc", "Chinh", "Canh", "Chanh", "Chuong", "Yen", "Dan",
        "Dien", "Tuong", "Duyen", "Giao", "Hiep", "Khoi", "Lich", "Linh", "Tuy Phu",
        "Huan Nhuan", "Thuat Kiem", "Hoat Thuyen", "Thiem Hoc", "Nang Sieu", "Khiet Toai",
        "Kinh Lua", "Mung Xinh", "Ngoan Thong", "Trai Tram", "Tue Ai", "Cat Chuc",
    ], [
        "Khuong", "Pho", "Che", "Ngu", "Nguy", "Uong", "Lieng", "Nham", "Hinh", "Thap", "Tat",
        "Cung", "Vong", "Chiem", "Ham", "Ngac", "Viem", "Vuu", "Cu", "Xa", "Doi",
    ]),
    "filipino": (3, [
        "Bambi", "Rhea", "Precy", "Corazon", "Romeo", "Efren", "Dionisio", "Felicidad",
        "Milagrosa", "Luzviminda", "Tess", "Kristine", "Jayson", "Chona", "Ditas", "Lani",
        "Dodoy", "Leonora", "Renato", "Reynato", "Crisanta", "Feliciana", "Iluminada", "Marlon",
        "Jessa", "Kristel", "Rochelle", "Ramil", "Joey", "Marlyn", "Bebot", "Nonoy", "Tisay",
    ], [
        "Gatdula", "Sumaoang", "Mallari", "Salonga", "Lapid", "Dimasalang", "Maglaya", "Bulatao",
        "Cunanan", "Layug", "Manalastas", "Pamintuan", "Sicat", "Yap", "Bumanglag", "Chua", "Dimalanta",
        "Gonzaga", "Dacanay", "Madlangbayan", "Nepomuceno", "Quisumbing", "Samonte", "Tolosa",
        "Umali", "Yumul", "Zialcita", "Bagatsing", "Cajucom", "Dimagiba", "Estrella", "Fajardo",
        "Maningat", "Ilagan", "Macalintal", "Nacpil", "Tanglao", "Quijano", "Roxas", "Tañada",
    ]),
    "south_asian": (5, [
        "Vivaan", "Abhishek", "Anupama", "Kavya", "Aparna", "Deepak", "Sundar", "Divya",
        "Manish", "Rajesh", "Geeta", "Usha", "Preeti", "Rajiv", "Ritu", "Rupa", "Sachin",
        "Harsha", "Karthik", "Sangeeta", "Sarala", "Vimala", "Jayaram", "Bhavana", "Chandrika",
        "Shalini", "Manoj", "Sheetal", "Rekha", "Smita", "Uma", "Sudha", "Swati", "Vaishali",
        "Gayatri", "Keerthi", "Vinod", "Omkar", "Pallavi", "Tarun", "Zubin", "Ashwin", "Bharati",
        "Aishwarya", "Gopal", "Kishore", "Mohan", "Parvati", "Radhika", "Bhaskar", "Vijaya", "Anil",
        "Sunil", "Chitra", "Shobha", "Vandana", "Mukesh", "Rakesh", "Girish", "Naveen",
    ], [
        "Sood", "Shinde", "Varma", "Chowdary", "Goel", "Walia", "Bhasin", "Kakkar",
        "Chauhan", "Khurana", "Mazumdar", "Mathur", "Jhaveri", "Nagpal", "Pathak", "Bhalla",
        "Kalra", "Narang", "Rastogi", "Swaminathan", "Chandrasekhar", "Jayaraman", "Sahni",
        "Chaturvedi", "Dwivedi", "Gupte", "Harikrishnan", "Jadhav", "Kadam", "Lokhande", "Mhatre",
        "Nadkarni", "Pawar", "Rane", "Sawant", "Tendulkar", "Upadhyay", "Wagle", "Yadav", "Singhal",
        "Chawla", "Guha", "Lahiri", "Nandy", "Roychowdhury", "Sanyal", "Jindal", "Garg", "Kansal",
        "Kini", "Joglekar", "Ranade", "Abidi", "Venkatraman", "Krishnaswamy", "Palaniappan",
        "Muthusamy", "Selvaraj", "Ranganathan",
    ]),
    "arab": (4, [
        "Yousef", "Khalid", "Noor", "Wafaa", "Adel", "Akram", "Ashraf", "Fouad", "Abdulrahman",
        "Hadi", "Haytham", "Ismail", "Mohannad", "Riad", "Sami", "Wael", "Salim", "Tarek", "Aisha",
        "Dina", "Alia", "Inas", "Najwa", "Sawsan", "Tahani", "Nawal", "Yara", "Noha", "Muna",
        "Randa",
    ], [
        "Ajami", "Antoun", "Asfour", "Zidan", "Bishara", "Suleiman", "Attar", "Baddour",
        "Batarseh", "Dahdah", "Dabbagh", "Deeb", "Jabbour", "Laham", "Matar", "Jarrar", "Qadri",
        "Maroun", "Musallam", "Tawil", "Nasrallah", "Odeh", "Qassis", "Ashkar", "Boutros", "Chamoun",
        "Saadeh", "Salameh", "Gemayel", "Shadid", "Shehadeh", "Khalaf", "Tarazi", "Nahas", "Yacoub",
        "Sfeir", "Younes", "al-Husseini", "al-Kubaisi", "al-Jubouri", "Alhassan", "Alsaadi",
        "Zayed", "Almutairi", "Alqahtani", "Ziadeh",
    ]),
    "persian": (2, [
        "Leila", "Kamran", "Ziba", "Parviz", "Pegah", "Sepideh", "Ramin", "Manijeh", "Fariba",
        "Hamid", "Reza", "Majid", "Saeed", "Elham", "Maryam", "Pouya", "Soraya", "Touran",
        "Afsaneh",
    ], [
        "Salehi", "Bahrami", "Ebrahimi", "Ansari", "Golestani", "Abbasian", "Behzadi", "Daneshvar",
        "Fardoust", "Ghasemi", "Heidari", "Khosravi", "Latifi", "Mahdavi", "Nikpour", "Shafiei",
        "Tavakoli", "Vahidi", "Zarei", "Asadi", "Derakhshan", "Kamali", "Moshiri", "Rahmani",
        "Safavi", "Taheri", "Yousefi", "Zamani", "Navabi",
    ]),
    "east_european": (4, [
        "Georgi", "Mariyka", "Giedrius", "Tsvetanka", "Ľubica", "Henryk", "Jarmila", "Yelena",
        "Václav", "Natasha", "Audrius", "Andris", "Radovan", "Līga", "Biljana", "Beata",
        "Nevena", "Rumyana", "Petko", "Ventsislav", "Lyubomir", "Janusz", "Katarína", "Nikita",
        "Bogusława", "Władysław", "Ksenia", "Evgeniy", "Valentin", "Ruslan", "Anzhela", "Alla",
        "Inna", "Lilia", "Tamara", "Dragica", "Ratko", "Rodion", "Dobrila", "Miodrag", "Velimir",
        "Ranko", "Svilen", "Kalina", "Vasko", "Bořivoj", "Ludwika", "Teofil", "Walenty",
    ], [
        "Wiśniewski", "Wójcik", "Nowak", "Wojciechowski", "Zieliński", "Szymański", "Woźniak",
        "Dąbrowski", "Kozłowski", "Piotrowski", "Grabowski", "Michalski", "Sokolov", "Vasiliev",
        "Golubev", "Krajewski", "Zając", "Marić", "Jaworski", "Petrauskas", "Ozoliņš", "Malinowski",
        "Jakubowski", "Ivanov", "Jasiński", "Górski", "Witkowski", "Kozlov", "Andreev",
        "Zakharov", "Czarnecki", "Borisov", "Romanov", "Egorov", "Popović", "Komarov", "Milić",
        "Titov", "Ristić", "Stankovic", "Stefanović", "Milosevic", "Todorovic", "Radic", "Savic",
        "Lazic", "Todorov", "Hristov", "Kolev", "Yordanov", "Horváthová", "Baláž", "Kováčik",
        "Černák",
    ]),
    "italian": (3, [
        "Giuseppina", "Gennaro", "Rosaria", "Gaetano", "Assunta", "Raffaele", "Immacolata",
        "Nunzio", "Carmine", "Agostino", "Benedetta", "Cosimo", "Elvira", "Fortunato", "Giacomo",
        "Italo", "Loredana", "Orazio", "Santina", "Settimio", "Tommaso", "Annamaria", "Nello",
        "Tullio", "Carmelina", "Crocifissa", "Addolorata", "Pasqualina", "Rosolino", "Teodolinda",
        "Santo", "Tindaro", "Gerlando", "Mariuccia", "Nunzia", "Calogera", "Gandolfo", "Vincenza",
        "Concettina", "Venera",
    ], [
        "Esposito", "Russo", "Romano", "Colombo", "Ricci", "Marino", "Gallo", "Conti", "Mancini",
        "Giordano", "Rizzo", "Lombardi", "Barbieri", "DeLuca", "Santoro", "Mariani", "Ferrante",
        "Caruso", "Ferrara", "Galli", "Martini", "Leone", "Longo", "Gentile", "Martinelli",
        "Coppola", "De Santis", "Marchetti", "Parisi", "Cattaneo", "Ferri", "Bianchi",
        "Sorrentino", "Scarpelli", "Lo Presti", "DiNapoli", "LaRocca", "Buonocore", "Provenzano",
        "Tramontano", "Abbruzzese", "Pellegrino", "Palumbo", "Sanfilippo", "Cusumano", "Messina",
        "Bellomo", "Carbone", "Cirillo", "D'Amico", "Fusco", "Iacono", "LoBianco", "Marchese",
        "Pagano", "Quagliata", "Randazzo", "Scalise", "Testa", "Vaccaro", "Zito", "Zappala",
        "Capuano", "DeMarco", "DiGiovanni", "Mastrangelo", "Pugliese", "Tortorici",
    ]),
    "greek": (2, [
        "Konstantinos", "Spyros", "Nikos", "Yannis", "Kyriaki", "Aristotelis", "Efthymia",
        "Ioannis", "Athina", "Michalis", "Pantelis", "Vasilis", "Zoi", "Loukas", "Nektarios",
        "Periklis", "Stamatis", "Anthoula", "Charikleia", "Dionysia", "Filippos", "Glykeria",
        "Haralambos", "Iordanis", "Kostas", "Lefteris", "Markos", "Polyxeni", "Rigas", "Sofoklis",
        "Timoleon", "Vasso", "Yiota", "Zacharias", "Aspasia", "Euthymios", "Kleopatra",
    ], [
        "Papageorgiou", "Panagiotopoulos", "Kyriakidis", "Tsoukalas", "Angelopoulos",
        "Athanasiou", "Chronis", "Doukas", "Giannopoulos", "Liakos", "Manolis", "Nikolaou",
        "Rallis", "Sideris", "Vasilakis", "Zografos", "Kalogeropoulos", "Mitropoulos",
        "Anagnostou", "Bakoyannis", "Drakopoulos", "Fragos", "Gkikas", "Kanellopoulos",
        "Koutsoukos", "Lekkas", "Marinakis", "Ntoulas", "Petridis", "Raptis", "Sakellariou",
        "Tsakiris", "Voulgaris", "Zacharopoulos", "Argyropoulos", "Bouras",
    ]),
    "haitian": (2, [
        "Alourdes", "Ginette", "Yolette", "Rolande", "Anaïse", "Ifonie", "Vilbrun", "Clautaire",
        "Ronel", "Elifaite", "Eveline", "Nerlande", "Fritzner", "Mislande", "Jeff-Kendy", "Gueslande",
        "Dachelie", "Roodline", "Youdeline", "Ismane", "Gardy", "Guirlène", "Eliancy",
    ], [
        "Baptiste", "Bellegarde", "Bastien", "Coicou", "Delice", "Fleurimond", "Faustin",
        "Florestal", "Narcisse", "Jeudy", "Magloire", "Dorcely", "Martial", "Sénat",
        "Mompremier", "Altidor", "Volcy", "Dorval", "Beauséjour", "Jeanbaptiste", "Dorestant",
        "Sterlin", "Timothé", "Exilus", "Octave", "Petion", "Dessalines", "Télusma", "Vital",
        "Zamor",
    ]),
    # Cherokee, Lumbee, Ojibwe, Hopi, Apache and O'odham family names, several of them words.
    "native_american": (2, [
        "Amitola", "Chepi", "Enola", "Ayasha", "Huyana", "Istas", "Macawi", "Nodin", "Kachina",
        "Waya", "Sakima", "Ohanzee", "Wapi", "Adsila", "Galilahi", "Tayanita", "Atsila", "Kimama",
        "Elsu", "Liluye", "Mika", "Nahimana", "Taini", "Mahala", "Hototo", "Lenmana", "Mansi", "Sihu",
        "Tiva", "Cheveyo", "Honani", "Lomasi",
    ], [
        "Deerinwater", "Bearpaw", "Blackhorse", "Lefthand", "Fourkiller", "Swimmer", "Grass",
        "Chuculate", "Spottedhorse", "Goingsnake", "Ketcher", "Crowshoe", "Heavy Runner", "Whiteclay",
        "Bearheart", "Honanie", "Lomayestewa", "Sekaquaptewa", "Talayumptewa", "Nuvamsa",
        "Polingyouma", "Cassadore", "Goseyun", "Kitcheyan", "Nosie", "Dosela", "Redcloud", "Enos",
        "Bellecourt", "Desjarlait", "Goodsky", "Boshey", "Littlewolf", "Thunder", "Lowrey",
        "Twohearts", "Lonefeather", "Eagleshield", "Jacobs", "Bigcrow", "Cummings", "Sampson",
        "Standingdeer", "Teehee", "Ironshell", "Wildcat", "Youngbird", "Youngbear", "Blackfox",
        "Redbird", "Raincrow",
    ]),
    # Chamorro, Samoan, Tongan and Fijian.
    "pacific_islander": (2, [
        "Faamoe", "Lagi", "Malu", "Sefo", "Tasi", "Ioane", "Mose", "Iosefa", "Lupe", "Fetu",
        "Alofa", "Tautala", "Mosese", "Fatai", "Kalolaine", "Losaline", "Peni", "Tomasi", "Keola",
        "Kainalu", "Noeau",
    ], [
        "Sablan", "Borja", "Mendiola", "Muña", "Tenorio", "Unpingco", "Babauta", "Faleafa",
        "Tuimavave", "Lealaiauloto", "Malaga", "Soliai", "Tuiolosega", "Pouono", "Salave'a",
        "Fuimaono", "Amituanai", "Ratu", "Vuniwai", "Waqa", "Tuilevuka", "Bulitavu", "Rokobigi",
        "Fonua", "Kauhalalalo", "Latu", "Moala", "Pulu", "Taumalolo", "Vea", "Fakatava", "Manu",
        "Toleafoa", "Fa'amausili", "Ka'ahanui", "Kamaka",
    ]),
    "irish_welsh": (1, [
        "Eamon", "Colm", "Bronagh", "Dervla", "Owain", "Gwen", "Ultan", "Lorcan", "Blathnaid",
        "Eithne", "Nuala", "Rory",
    ], [
        "O'Donnell", "McLoughlin", "Connolly", "Fitzpatrick", "Dunne", "Donnelly", "Hegarty",
        "Mulligan", "Hennessy", "Murtagh", "Keegan", "Moynihan", "O'Brien", "Quinlan", "Rafferty",
        "Quigley", "Shanahan", "Whelan", "MacKinnon", "Sutherland", "Robertson", "Vaughan", "Rees",
        "Howells", "Meredith", "McGettigan", "Cullinane", "Dunphy", "Fahy", "Gilmartin",
        "Hanrahan", "Kinsella", "Lenihan", "Mulvihill", "Nagle", "Phelan", "Ruane", "Sweeney",
        "Toomey", "Fogarty", "Coughlan", "Twomey", "Culhane",
    ]),
    "german": (1, [
        "Gunther", "Wolfgang", "Gisela", "Brunhilde", "Siegfried", "Waltraud", "Liesel",
        "Gertrud", "Irmgard", "Manfred", "Volker", "Horst",
    ], [
        "Schmidt", "Richter", "Schroeder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Lange",
        "Schmitt", "Krause", "Meier", "Lehmann", "Huber", "Bauer", "Fuchs", "Moeller", "Vogel",
        "Keller", "Guenther", "Winkler", "Lorenz", "Baumann", "Albrecht", "Ludwig", "Boehm",
        "Kraemer", "Vogt", "Jaeger", "Sommer", "Seidel", "Haas", "Schreiber", "Graf", "Schulte",
        "Ziegler", "Kuhn", "Kuehn", "Engel", "Busch", "Bergmann", "Voigt", "Pfeiffer",
    ]),
}  # fmt: skip

# Written family name first now and then ("Chou Meifang", "Seol Bitna", "Khuong Tuy Phu").
FAMILY_FIRST = {"chinese", "korean", "vietnamese"}
# Two family names, father's then mother's ("Montelongo Anguiano").
DOUBLE_SURNAME = {"hispanic"}

# Given and family names that are also everyday words, places, gems, plants or trades.
WORD_GIVEN = [
    "Cricket", "Messiah", "Bravery", "Cashmere", "Freedom", "Spirit", "Heavenly", "Tokyo", "Eritrea",
    "Havana", "Sicily", "Beau", "Bronx", "Harbour", "Summit", "Savanna", "Reef", "Breezy",
    "Cadence", "Journee", "Marley", "Fable", "Gem", "Kiwi", "Mystery", "Galilee", "Hosanna",
    "Praise", "Nectar", "Majesty", "Reign", "Empress", "Raine", "Oasis", "Estrella", "Cielo",
    "Shannon", "Trent", "Clyde", "Afton", "Sahara", "Sonora", "Denali", "Shasta", "Sequoia",
    "Pixie", "Eternity", "Infinity", "Divinity", "Riddle", "Sonnet", "Zen", "Tango",
    "Integrity", "Tundra", "Triumph", "Valiant", "Twilight", "Champion", "Winner", "Wrangler",
    "Wylder", "Stetson", "Vesper", "Rocket", "Jet", "Cinder", "Odin", "Loki", "Zeus", "Athena",
    "Hera", "Azure", "Artemis", "Bluebell", "Calla", "Cameo", "Galaxy", "Caramel", "Solstice", "Satin",
    "Denim", "Calico", "Fennel", "Anise", "Dill", "Chamomile", "Buttercup", "Daffodil", "Lotus",
    "Orchid", "Petal", "Acorn", "Redwood", "Comet", "Elmo", "Wonder", "Dusk", "Quest", "Pebble",
]  # fmt: skip
WORD_FAMILY = [
    "Nickel", "Apple", "Dye", "Coffee", "Mallard", "Pigg", "Pillsbury", "Bandy", "Parsons",
    "Chaplin", "Priest", "Beadle", "Warden", "Constable", "Marshal", "Bowman", "Spear",
    "Axe", "Armour", "Barn", "Lock", "Bolt", "Nail", "Hammer", "Basket", "Bellows",
    "Candle", "Miner", "Packer", "Wagoner", "Runner", "Hopper", "Cart", "Singer", "Chisel",
    "Drummer", "Wheelwright", "Shipwright", "Boatman", "Ferryman", "Falconer", "Trapper",
    "Stockman", "Crabbe", "Reaper", "Mower", "Oates", "Rye", "Dagger", "Corn", "Bramble", "Pear",
    "Lime", "Feather", "Garlick", "Leek", "Cabbage", "Sprout", "Hail", "Wind", "Flower", "Mist",
    "Glove", "Speedy", "Hatchet", "Kite", "Lean", "Straight", "Bent", "Smooth", "Rough", "Soft",
    "Warm", "Coldwell", "Seaborn", "Ladder", "Brooker", "Sands", "Needle", "Combe", "Peak",
    "Crest", "Bourne", "Forde", "Hatch", "Pitcher", "Ditch", "Potts", "Bowles", "Cupp", "Barrel",
    "Keg", "Churn", "Shedd", "Stall", "Loft", "Gable", "Beam", "Timber", "Plank", "Board",
    "Tile", "Brick", "Chalk", "Coal", "Coke", "Steam", "Grill", "Stew", "Pudding", "Custard",
    "Crumb", "Loaf", "Bunn", "Cake", "Pye", "Tart", "Jelly", "Jam", "Pickles", "Gravy", "Broth",
    "Grits", "Waffle", "Ledger", "Penman", "Scrivener", "Clerk", "Notary", "Proctor", "Bailiff",
    "Reeve", "Plow", "Yeoman", "Chamberlain", "Pantry", "Cellar", "Larder", "Buttery",
    "Wicket", "Stile", "Moat", "Causeway", "Belfry", "Quill", "Ladle", "Spoon", "Flagon",
    "Tankard", "Cask", "Basin", "Manger", "Gallon", "Bushel", "Peck", "Furlong", "Acre", "Mile",
    "Tally", "Inch",
]  # fmt: skip

# What people are called by family and friends.
NICKNAMES = [
    "Biff", "Cupcake", "Chito", "Junie", "Boomer", "Zaza", "Lovey", "Poochie", "Squirt", "Bunky",
    "Binky", "Dink", "Dolly", "Chickie", "Rooster", "Hoss", "Ducky", "Snooky", "Nugget", "Chucho",
    "Pumpkin", "Chubby", "Bebot", "Tisay", "Nonoy", "Dodoy", "Nacha", "Meche", "Chencho", "Chuyita",
]  # fmt: skip

SUFFIX = ["Jr", "Sr", "II", "III", "IV"]


# Letters that NFKD does not fold to ASCII.
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "ø": "o", "Ø": "O"})


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


def _origin(rng: random.Random) -> str:
    names = list(ORIGINS)
    return rng.choices(names, [ORIGINS[n][0] for n in names])[0]


def _initial(rng: random.Random) -> str:
    return rng.choice("ABCDEFGHJKLMNPRSTVWY")


def _family(rng: random.Random, origin: str) -> str:
    last = rng.choice(ORIGINS[origin][2])
    roll = rng.random()
    if origin in DOUBLE_SURNAME and roll < 0.3:
        other = rng.choice(ORIGINS[origin][2])
        if other != last:
            last = f"{last} {other}" if rng.random() < 0.7 else f"{last}-{other}"
    elif roll < 0.07 and " " not in last:  # hyphenated across origins, by marriage
        other = rng.choice(ORIGINS[_origin(rng)][2])
        if " " not in other and other != last:
            last = f"{last}-{other}"
    return last


def _person_from(rng: random.Random, origin: str) -> tuple[str, str]:
    first, last = rng.choice(ORIGINS[origin][1]), _family(rng, origin)
    if rng.random() < 0.2:  # people often type their own name without accents
        first, last = _fold(first), _fold(last)
    return first, last


def _word_person(rng: random.Random) -> tuple[str, str]:
    first = rng.choice(WORD_GIVEN) if rng.random() < 0.6 else rng.choice(ORIGINS[_origin(rng)][1])
    last = rng.choice(WORD_FAMILY) if rng.random() < 0.8 else _family(rng, _origin(rng))
    return first, last


def person(rng: random.Random, _split: str = "tune4") -> tuple[str, str]:
    if rng.random() < 0.14:
        return _word_person(rng)
    return _person_from(rng, _origin(rng))


def surname(rng: random.Random, _split: str = "tune4") -> str:
    return person(rng)[1]


def full_name(rng: random.Random, _split: str = "tune4") -> str:
    origin = _origin(rng)
    first, last = _word_person(rng) if rng.random() < 0.12 else _person_from(rng, origin)
    given = first.replace("-", " ").split(" ")[0]
    form = rng.random()
    if origin in FAMILY_FIRST and form < 0.35:
        return f"{last} {first}"
    if form < 0.28:
        return f"{first} {last}"
    if form < 0.35:
        return f"{last}, {first}"
    if form < 0.41:
        return f"{first} {_initial(rng)}. {last}"
    if form < 0.46:
        middle = rng.choice(ORIGINS[origin][1])
        return f"{first} {middle} {last}" if middle != first else f"{first} {last}"
    if form < 0.50:
        return f"{given[0]}. {last}"
    if form < 0.53:
        return f"{given[0]}.{_initial(rng)}. {last}"
    if form < 0.57:
        return f"{first} {last} {rng.choice(SUFFIX)}"
    if form < 0.60:
        return f'{first} "{rng.choice(NICKNAMES)}" {last}'
    if form < 0.68:
        return first
    if form < 0.72:
        return f"{_fold(first)} {_fold(last)}".upper()
    if form < 0.76:
        return f"{_fold(last)}, {_fold(first)}".upper()
    if form < 0.80:
        return f"{last}, {first} {_initial(rng)}"
    if form < 0.84:
        return f"{first} {_initial(rng)} {last}"
    if form < 0.88:
        return f"{_fold(first)} {_fold(last)}".lower()
    if form < 0.92:
        return f"{first} {_initial(rng)}. {last} {rng.choice(SUFFIX)}"
    return f"{first} {last}"


def given_name(rng: random.Random) -> str:
    return person(rng)[0]


def word_given(rng: random.Random) -> str:
    return rng.choice(WORD_GIVEN)


def word_family(rng: random.Random) -> str:
    return rng.choice(WORD_FAMILY + ORIGINS["native_american"][2][:8])


def word_name(rng: random.Random) -> str:
    first, last = _word_person(rng)
    return rng.choice([f"{first} {last}"] * 5 + [f"{last}, {first}", f"{first[0]}. {last}"])


def nickname(rng: random.Random) -> str:
    return rng.choice(NICKNAMES)


def last_first(rng: random.Random) -> str:
    first, last = person(rng)
    return rng.choice([f"{last}, {first}"] * 5 + [f"{last},{first}", f"{last} {first}"])


def caps_name(rng: random.Random) -> str:
    """Header and wristband style: OKPARA, CHIDI or OKPARA, CHIDI M."""
    first, last = person(rng)
    first, last = _fold(first).upper(), _fold(last).upper()
    return rng.choice([f"{last}, {first}", f"{last}, {first}", f"{last},{first}",
                       f"{last}, {first} {_initial(rng)}", f"{first} {last}"])  # fmt: skip


def clinician(rng: random.Random) -> str:
    """A clinician's name as it is written before a credential: 'Pallavi N. Sood'."""
    first, last = person(rng)
    return rng.choice([f"{first} {last}", f"{first} {_initial(rng)}. {last}", f"{first[0]}. {last}",
                       f"{last}, {first}", f"{first} {last}"])  # fmt: skip


# --- Places ------------------------------------------------------------------------------------

STREETS = [
    "Whimbrel", "Titmouse", "Ptarmigan", "Puffin", "Sanderling", "Loon", "Phalarope", "Gadwall",
    "Widgeon", "Steuben", "Ridgeway", "Bowery", "Hester", "Siskin", "Bedford", "Florissant",
    "Magazine", "Napoleon", "Claiborne", "Nolensville", "Burnet", "Rundberg", "Crossbill",
    "Gannet", "Petrel", "Shearwater", "Dequindre", "Muscadine", "Scuppernong", "Rhododendron",
    "Bufflehead", "Coneflower", "Rabbitbrush", "Greasewood", "Huisache", "Foundry", "Depot",
    "Freight", "Caboose", "Bristlecone", "Roundhouse", "Switchyard", "Granary", "Creamery", "Dairy",
    "Smokehouse", "Springhouse", "Schoolhouse", "Meetinghouse", "Courthouse", "Firehouse",
    "Jetty", "Dockside", "Tidewater", "Saltmarsh", "Oyster", "Clamshell", "Driftwood",
    "Seashell", "Conch", "Dune", "Boardwalk", "Longleaf", "Smithy", "Tobacco Barn",
    "Sorghum", "Molasses", "Bottomland", "Canebrake", "Pronghorn", "Jackrabbit", "Lumberyard",
    "Wagonwheel", "Witchhazel", "Sidewinder", "Tarantula", "Apache", "Shoshone", "Paiute", "Ute",
    "Blackfoot", "Ojibwe", "Chippewa", "Delaware", "Lenape", "Wampanoag", "Narragansett",
    "Pequot", "Mohegan", "Abenaki", "Penobscot", "Algonquin", "Illini", "Sauk", "Quapaw", "Pokeweed",
    "Hopi", "Havasupai", "Yavapai", "Mojave", "Chumash", "Ohlone", "Miwok", "Pomo", "Yurok",
    "Modoc", "Umpqua", "Coquille", "Tillamook", "Chinook", "Yakama", "Kootenai", "Flathead",
    "Salish", "Colville", "Okanogan", "Lummi", "Nooksack", "Tulalip", "Snohomish", "Foxtail",
    "Nisqually", "Quinault", "Makah", "Cowlitz", "Chehalis", "Willapa", "Clatsop", "Nehalem",
    "Kellogg", "Tamarind", "Breadfruit", "Ohia", "Koa", "Taro", "Ilima", "Kamani", "Naupaka",
    "Pikake", "Pakalana", "Wiliwili", "Mamane", "Loquat", "Kumquat", "Mayhaw", "Possumhaw",
    "Inkwell", "Quill", "Parchment", "Candlewood", "Tallow", "Beeswax", "Honeycomb", "Apiary",
    "Cider", "Buckwheat", "Flax", "Burlap", "Gingham", "Chambray", "Muslin", "Seersucker",
    "Corduroy", "Flannel", "Homespun", "Spindle", "Bobbin", "Thimble", "Tapestry", "Brocade",
    "Paddock", "Pasture", "Hayfield", "Cornfield", "Haystack", "Fencerow", "Buckboard",
    "Surrey", "Carriage", "Switchback", "Ridgeline", "Overlook", "Palisade", "Escarpment",
    "Hoodoo", "Gulch", "Coulee", "Playa", "Bajada", "Cienega", "Llano", "Loma", "Cumbre",
    "Ladera", "Vereda", "Senda", "Alameda", "Calzada", "Rambla", "Hitching Post",
]  # fmt: skip
NUMBERED = ["22nd", "85th", "99th", "107th", "133rd", "183rd", "210th", "24th", "37th", "41st",
            "58th", "61st", "77th", "92nd", "112th", "138th", "43rd", "47th", "53rd", "66th",
            "74th", "86th", "89th", "118th", "124th", "147th", "151st", "167th", "172nd", "191st",
            "223rd", "238th", "256th", "46th", "62nd", "79th", "83rd", "87th", "91st", "97th",
            "Fortieth", "Fiftieth"]  # fmt: skip
STREET_TYPES = [("St", 9), ("Street", 5), ("Ave", 7), ("Avenue", 3), ("Rd", 7), ("Road", 3),
                ("Dr", 5), ("Drive", 2), ("Ln", 4), ("Lane", 2), ("Blvd", 2), ("Ct", 3),
                ("Court", 1), ("Way", 3), ("Pl", 2), ("Place", 1), ("Ter", 1), ("Cir", 2),
                ("Circle", 1), ("Pkwy", 1), ("Trl", 1), ("Trail", 1), ("Loop", 1), ("Cv", 1),
                ("Bend", 1), ("Path", 1), ("Row", 1), ("Xing", 1), ("Aly", 1), ("Pass", 1),
                ("Spur", 1), ("Crk", 1), ("Hts", 1), ("Plz", 1)]  # fmt: skip
PREDIR = ["N ", "S ", "E ", "W ", "N. ", "S. ", "E. ", "W. ", "NW ", "SE ", "North ", "South ",
          "East ", "West "]  # fmt: skip
POSTDIR = [" NE", " NW", " SE", " SW", " N", " S", " E", " W"]
UNITS = ["Apt 4B", "Apt. 12", "Apt #3", "Apt 210", "Apt C", "Unit 5", "Unit 14-D", "#210",
         "# 7", "#B", "Ste 300", "Suite 1140", "Rm 12", "Lot 44", "Lot #9", "Trlr 7", "Bldg C",
         "Bldg 3 Apt 6", "Apt 3 Rear", "Upstairs", "Downstairs", "Basement Apt", "Fl 2",
         "2nd Fl", "Apt 1A", "Unit G", "Space 18", "Apt 502", "Ph 3", "Cottage B"]  # fmt: skip
_NUMBER_WORDS = ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
                 "Eleven", "Twelve", "Fifteen", "Twenty", "Forty-Four", "One Hundred",
                 "Twenty-Two", "Sixty"]  # fmt: skip


def _street_name(rng: random.Random) -> str:
    return rng.choice(STREETS) if rng.random() < 0.88 else rng.choice(NUMBERED)


def _street_type(rng: random.Random) -> str:
    return rng.choices([s for s, _ in STREET_TYPES], [w for _, w in STREET_TYPES])[0]


def _house_number(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.05:
        return rng.choice(_NUMBER_WORDS)
    if roll < 0.09:
        return f"{rng.randint(2, 4999)} 1/2"
    if roll < 0.12:
        return f"{rng.randint(10, 999)}{rng.choice('ABCD')}"
    if roll < 0.14:
        return f"{rng.randint(10, 999)}-{rng.choice('ABC')}"
    return str(rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 9999),
                           rng.randint(10000, 79999)]))  # fmt: skip


def street_name(rng: random.Random) -> str:
    """A street without a house number: 'Sorghum Rd', 'N Foundry St', 'Gulch Rd SE'."""
    pre = rng.choice([""] * 7 + PREDIR)
    post = rng.choice([""] * 9 + POSTDIR) if not pre else ""
    return f"{pre}{_street_name(rng)} {_street_type(rng)}{post}"


def unit(rng: random.Random) -> str:
    return rng.choice(UNITS)


def po_box(rng: random.Random) -> str:
    kind = rng.choice(["PO Box", "P.O. Box", "P O Box", "Post Office Box", "POB", "Box",
                       "PO Bx", "P.O. Drawer"])  # fmt: skip
    return f"{kind} {rng.choice([rng.randint(1, 99), rng.randint(100, 9999), rng.randint(10000, 99999)])}"


def rural_route(rng: random.Random) -> str:
    n, box = rng.randint(1, 12), rng.randint(1, 999)
    return rng.choice([
        f"RR {n} Box {box}", f"Rt {n} Box {box}{rng.choice(['', 'A', 'B', '-C'])}",
        f"Rural Route {n} Box {box}", f"R.R. {n}, Box {box}", f"HC {rng.randint(60, 89)} Box {rng.randint(100, 9999)}",
        f"HCR {rng.randint(1, 9)} Box {rng.randint(10, 999)}", f"Route {n}, Box {box}",
    ])  # fmt: skip


def highway_address(rng: random.Random) -> str:
    num = rng.choice([rng.randint(100, 9999), rng.randint(10000, 39999)])
    letter = rng.choice(["K", "JJ", "M", "PP", "A", "B", "Z"])
    return rng.choice([
        f"{num} State Hwy {rng.randint(2, 299)}", f"{num} US Hwy {rng.randint(2, 98)}",
        f"{num} US-{rng.randint(2, 98)}", f"{num} Old Hwy {rng.randint(2, 99)}",
        f"{num} State Route {rng.randint(2, 199)}", f"{num} SR {rng.randint(2, 699)}",
        f"{num} FM {rng.randint(50, 3400)}", f"{num} Farm to Market Rd {rng.randint(50, 3400)}",
        f"{num} County Road {rng.randint(1, 999)}", f"{num} CR {rng.randint(10, 4999)}",
        f"{rng.choice('NSEW')}{rng.randint(1000, 9999)} County Rd {letter}",
        f"{num} Hwy {rng.randint(2, 99)} {rng.choice(['N', 'S', 'E', 'W', 'North', 'East'])}",
        f"{num} Rte {rng.randint(2, 99)}", f"Mile {rng.randint(2, 140)}.{rng.randint(0, 9)} State Hwy {rng.randint(2, 11)}",
        f"{num} Township Rd {rng.randint(10, 400)}", f"{num} Parish Rd {rng.randint(1, 90)}",
    ])  # fmt: skip


def _street_line(rng: random.Random) -> str:
    pre = rng.choice([""] * 6 + PREDIR)
    post = rng.choice([""] * 10 + POSTDIR) if not pre else ""
    return f"{_house_number(rng)} {pre}{_street_name(rng)} {_street_type(rng)}{post}"


def street_address(rng: random.Random, _split: str = "tune4") -> str:
    roll = rng.random()
    if roll < 0.07:
        return po_box(rng)
    if roll < 0.12:
        return rural_route(rng)
    if roll < 0.2:
        return highway_address(rng)
    if roll < 0.24:  # the unit first
        return f"{unit(rng)}, {_street_line(rng)}"
    line = _street_line(rng)
    if rng.random() < 0.3:
        line += rng.choice([", ", " ", " ", ", "]) + unit(rng)
    return line.upper() if rng.random() < 0.05 else line


CITIES = [
    "Manitowoc", "Petoskey", "Cadillac", "Muscatine", "Keokuk", "Urbana", "Effingham",
    "Farmerville", "Pottsville", "Oneonta", "Cortland", "Batavia", "Olean", "Amite",
    "Franklinton", "Carencro", "Youngsville", "Millinocket", "Houlton", "Ellensburg", "Astoria",
    "DeQuincy", "Jonesville", "Gibsland", "Ringgold", "Brundidge", "Ruidoso", "Cortez", "Spearfish",
    "Sturgis", "Brainerd", "Hibbing", "Spencer", "Eutaw", "Russellville", "Searcy",
    "Asheboro", "Aliceville", "Staunton", "Suffolk", "Chesapeake", "Cumberland", "Lewes",
    "Seaford", "Guntersville", "Millville", "Rainsville", "Hagåtña", "Dededo", "Tamuning",
    "Yauco", "Boaz", "Pawhuska", "Heflin", "Wedowee", "Kosciusko", "Sparta", "Carthage",
    "Amory", "Warsaw", "Iuka", "Booneville", "Grenada", "Raceland", "Donaldsonville",
    "Plaquemine", "Ponchatoula", "Poplarville", "Indianola", "Belzoni", "Ruleville", "Osceola",
    "Blytheville", "Kennett", "Sikeston", "Kirksville", "Macomb", "Kewanee", "Wiggins",
    "Streator", "LaSalle", "Peru", "Maquoketa", "Anamosa", "Oelwein", "Decorah", "Waverly",
    "Algona", "Estherville", "Sibley", "Luverne", "Pipestone", "Tuskegee", "Talladega",
    "Sylacauga", "Andalusia", "Atmore", "Brewton", "Demopolis", "Monroeville", "Fayette",
    "Haleyville", "Sheffield", "Tuscumbia", "Centre", "Piedmont", "Trussville", "Clanton",
    "Lucedale", "Wetumpka", "Tallassee", "Dadeville", "Lanett", "Elba", "Evergreen", "Chatom",
    "Citronelle", "Saraland", "Tylertown", "Daphne", "Fairhope", "Yakutat", "Unalaska",
    "Dillingham", "Seward", "Soldotna", "Talkeetna", "Tok", "Galena", "Tanana", "Kake",
    "Petersburg", "Wrangell", "Skagway", "Haines", "Metlakatla", "Klawock", "Hoonah", "Gustavus",
    "Angoon", "Iota", "Arnaudville", "Kaplan", "Rayne", "Hazlehurst", "Vinton", "Arkadelphia",
    "Waldron", "Marksville", "Bunkie", "Jena", "Winnfield", "Dardanelle", "Haynesville", "Zwolle",
    "Logansport", "Coushatta", "Ferriday", "Waterproof", "Delhi", "Rayville", "Winnsboro",
    "Olla", "Morrilton", "Pollock", "Glenmora", "Oakdale", "Kinder", "Oberlin", "Malvern", "Basile",
    "Elton", "Westlake", "Lacassine", "Creole", "Gueydan", "Erath", "Delcambre", "Loreauville",
    "Jeanerette", "Berwick", "Dulac", "Montegut", "Galliano", "Lockport", "Larose",
    "Napoleonville", "Paincourtville", "Sorrento", "Gramercy", "Lutcher", "Vacherie", "Reserve",
    "Garyville", "Laplace", "McGehee", "Dermott", "Boutte", "Paradis", "Chackbay",
    "Saratoga Springs", "New Bedford", "Los Alamos", "El Dorado", "New Iberia", "Pago Pago",
    "San Elizario", "St. Martinville", "Redwood Falls", "New Ulm", "Pell City", "Phenix City",
    "Gulf Shores", "Port Lavaca", "New Roads", "Des Allemands",
]  # fmt: skip

STATES = ["LA", "La.", "Louisiana", "AL", "Ala.", "Alabama", "MS", "Miss.", "AR", "Ark.", "IA",
          "Iowa", "MN", "Minn.", "MO", "Mo.", "AK", "Alaska", "GU", "Guam", "AS", "PR", "NM",
          "N.M.", "NY", "N.Y.", "ME", "MA", "Mass.", "CT", "WI", "Wis.", "MI", "OK", "Okla.",
          "SD", "S.D.", "PA", "Penn.", "VA", "Va.", "DE", "MD", "NJ", "N.J.", "GA", "ga", "la",
          "al", "ms"]  # fmt: skip


def city(rng: random.Random, _split: str = "tune4") -> str:
    name = rng.choice(CITIES)
    roll = rng.random()
    if roll < 0.04:
        return name.upper()
    if roll < 0.08:
        return _fold(name)
    return name


def state(rng: random.Random) -> str:
    return rng.choice(STATES)


def zip_code(rng: random.Random) -> str:
    z = f"{rng.randint(501, 99950):05d}"
    roll = rng.random()
    if roll < 0.18:
        return f"{z}-{rng.randint(1, 9999):04d}"
    return z


# --- Dates and ages ----------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
CHAT_ABBR = ["jan", "feb", "mar", "apr", "may", "june", "july", "aug", "sept", "oct", "nov", "dec"]
ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                 "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                 "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
                 "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth",
                 "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth",
                 "thirty-first"]  # fmt: skip
_DAYS_IN = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _ordinal(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _ymd(rng: random.Random, lo: int = 2016, hi: int = 2026) -> tuple[int, int, int]:
    y, m = rng.randint(lo, hi), rng.randint(1, 12)
    d = rng.randint(1, _DAYS_IN[m - 1] if (m != 2 or y % 4 == 0) else 28)
    return y, m, d


def _birth_ymd(rng: random.Random) -> tuple[int, int, int]:
    return _ymd(rng, *rng.choice([(1921, 1935), (1936, 1969), (1970, 2024)]))


def _any_ymd(rng: random.Random) -> tuple[int, int, int]:
    return _birth_ymd(rng) if rng.random() < 0.3 else _ymd(rng)


def _month_day(rng: random.Random, m: int, d: int) -> str:
    month, ab, chat, o = MONTHS[m - 1], ABBR[m - 1], CHAT_ABBR[m - 1], _ordinal(d)
    return rng.choice([
        f"{m}/{d}", f"{m:02d}/{d:02d}", f"{m}-{d}", f"{month} {d}", f"{month.lower()} {d}", f"{ab} {d}",
        f"{chat} {d}", f"{ab}. {d}", f"{d}{o} of {month}", f"{d}{o} of {month.lower()}", f"{month} {d}{o}",
        f"{chat} {d}{o}", f"{d} {month}", f"{d} {ab}", f"{m}.{d}", f"{month} the {d}{o}",
        f"{month.lower()} {ORDINAL_WORDS[d - 1]}",
    ])  # fmt: skip


def _full_date(rng: random.Random, y: int, m: int, d: int) -> str:
    month, ab, chat, o, yy = MONTHS[m - 1], ABBR[m - 1], CHAT_ABBR[m - 1], _ordinal(d), y % 100
    return rng.choice([
        f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{yy:02d}", f"{m:02d}/{d:02d}/{yy:02d}",
        f"{m}-{d}-{y}", f"{m:02d}-{d:02d}-{y}", f"{m}-{d}-{yy:02d}", f"{m}.{d}.{yy:02d}",
        f"{m:02d}.{d:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{y}/{m:02d}/{d:02d}", f"{month} {d}, {y}",
        f"{month} {d} {y}", f"{ab} {d}, {y}", f"{ab}. {d}, {y}", f"{chat} {d} {y}", f"{chat}. {d}, {y}",
        f"{d} {month} {y}", f"{d} {ab} {y}", f"{d}-{ab}-{y}", f"{d:02d}-{ab.upper()}-{y}",
        f"{d:02d}{ab.upper()}{y}", f"{month} {d}{o}, {y}", f"{d}{o} of {month} {y}",
        f"{d}{o} of {month}, {y}", f"{ab}-{d:02d}-{y}", f"{month.lower()} {d} {y}",
        f"{d:02d}/{ab}/{y}", f"{m}/{d}/{y}", f"{month} {d}, {y}",
    ])  # fmt: skip


def date(rng: random.Random) -> str:
    y, m, d = _any_ymd(rng)
    return _month_day(rng, m, d) if rng.random() < 0.3 else _full_date(rng, y, m, d)


def month_day(rng: random.Random) -> str:
    """A date with no year, as people type and say it: 3/14, march 14, 14th of march."""
    _, m, d = _ymd(rng)
    return _month_day(rng, m, d)


def dob(rng: random.Random) -> str:
    y, m, d = _birth_ymd(rng)
    month, ab = MONTHS[m - 1], ABBR[m - 1]
    return rng.choice([
        f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}",
        f"{d:02d}-{ab}-{y}", f"{month} {d}, {y}", f"{d} {month} {y}", f"{ab} {d} {y}",
        f"{m:02d}-{d:02d}-{y}", f"{d:02d}{ab.upper()}{y}", f"{m:02d}.{d:02d}.{y}",
    ])  # fmt: skip


def day_ordinal(rng: random.Random) -> str:
    """The day alone after 'the': 'on the 14th', 'Tuesday the 2nd'."""
    d = rng.randint(1, 31)
    return f"{d}{_ordinal(d)}" if rng.random() < 0.85 else ORDINAL_WORDS[d - 1]


def month_year(rng: random.Random) -> str:
    y, m, _ = _ymd(rng, 2005, 2026) if rng.random() < 0.85 else _birth_ymd(rng)
    return rng.choice([f"{MONTHS[m - 1]} {y}", f"{ABBR[m - 1]} {y}", f"{m:02d}/{y}", f"{m}/{y}",
                       f"{MONTHS[m - 1]} of {y}", f"{ABBR[m - 1]} '{y % 100:02d}", f"{y}-{m:02d}",
                       f"{CHAT_ABBR[m - 1]} {y}"])  # fmt: skip


def iso_date(rng: random.Random) -> str:
    y, m, d = _any_ymd(rng)
    return f"{y}-{m:02d}-{d:02d}"


def compact_date(rng: random.Random) -> str:
    y, m, d = _any_ymd(rng)
    return f"{y}{m:02d}{d:02d}"


def timestamp(rng: random.Random) -> str:
    y, m, d = _ymd(rng, 2021, 2026)
    hh, mi, ss, ms = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999)
    return rng.choice([
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}Z", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{ms:03d}Z",
        f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d},{ms:03d}", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}-05:00",
        f"{y}/{m:02d}/{d:02d} {hh:02d}:{mi:02d}:{ss:02d}", f"{m:02d}/{d:02d}/{y} {hh:02d}:{mi:02d}:{ss:02d}",
        f"{d:02d}-{ABBR[m - 1]}-{y} {hh:02d}:{mi:02d}:{ss:02d}.{ms:03d}", f"{y}{m:02d}{d:02d}T{hh:02d}{mi:02d}{ss:02d}",
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}+00:00",
    ])  # fmt: skip


_TENS = ["ninety", "ninety-one", "ninety-two", "ninety-three", "ninety-four", "ninety-five",
         "ninety-six", "ninety-seven", "ninety-eight", "ninety-nine"]  # fmt: skip


def age_number(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(90, 99)] * 6 + [rng.randint(100, 106)]))


def age_over_89(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return age_number(rng)
    n = rng.randint(90, 104)
    if n < 100:
        word = _TENS[n - 90]
        return rng.choice([word, word, word.replace("-", " "), word.capitalize()])
    return ["one hundred", "a hundred and one", "one hundred and two", "a hundred and three",
            "one hundred four"][n - 100]  # fmt: skip


# --- Numbers people are reached at -------------------------------------------------------------


def phone(rng: random.Random) -> str:
    a, b, c = rng.randint(201, 989), rng.randint(200, 999), f"{rng.randint(0, 9999):04d}"
    ext = rng.randint(2, 9999)
    return rng.choice([
        f"({a}) {b}-{c}", f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}",
        f"{a} {b} {c}", f"{a}{b}{c}", f"1-{a}-{b}-{c}", f"+1 {a} {b} {c}", f"+1-{a}-{b}-{c}",
        f"+1 ({a}) {b}-{c}", f"({a}){b}-{c}", f"{a}-{b}-{c} ext. {ext % 1000}", f"{a}-{b}-{c} x{ext % 100}",
        f"({a}) {b}-{c} ext {ext}", f"{a}/{b}-{c}", f"1 {a} {b} {c}", f"{a} {b}-{c}",
        f"+1{a}{b}{c}", f"({a}) {b}.{c}",
    ])  # fmt: skip


# --- E-mail, usernames, URLs, IP addresses -----------------------------------------------------

DOMAINS = ["dejazzd.com", "bluewin.ch", "sunrise.ch", "planet.nl", "jubii.dk", "hol.gr",
           "sify.com", "vsnl.net", "bsnl.in", "pldtdsl.net", "execulink.com", "tbaytel.net",
           "nwcable.net", "muscadine-baptist.org", "foundry-lofts.net", "muscatine-schools.net",
           "hickorytech.net", "schoolhouse-pto.org", "netins.net", "iowatelecom.net", "xfinity.com",
           "mtco.com", "farmerstel.com", "nate.com", "btconline.net", "ionet.net", "one.lt",
           "tm.net.my", "telkom.net", "loxinfo.co.th", "eim.ae", "maktoob.com"]  # fmt: skip
HANDLE_WORDS = ["crawdad", "bayoubelle", "mawmaw", "fishinpapa", "rodeoqueen", "tamalelady",
                "kimchimom", "bobamama", "dialysisdad", "cancersurvivor", "pitbullmom", "nascarfan",
                "choirdirector", "busdriver", "lunchlady", "nightnurse", "welderman", "quiltqueen",
                "crawfishking", "gumbopot"]  # fmt: skip


def email(rng: random.Random, _split: str = "tune4") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "chidi", _handle(last) or "okpara"
    n, yy = rng.randint(1, 99), rng.randint(1940, 2012)
    local = rng.choice([
        f"{f}.{ln}", f"{f}{ln}", f"{f[0]}{ln}", f"{f}_{ln}", f"{ln}.{f}", f"{f}.{ln}{n}",
        f"{f[0]}.{ln}{yy % 100:02d}", f"{f}{yy}", f"{ln}{f[0]}{n}", f"{rng.choice(HANDLE_WORDS)}{n}",
        f"{f}-{ln}", f"{ln}family{n}", f"mrs{ln}", f"{f}.{ln}.md", f"{f[:4]}{ln[:4]}",
        f"{rng.choice(HANDLE_WORDS)}.{ln}", f"{f}{ln[0]}{yy}",
    ])  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def username(rng: random.Random, _split: str = "tune4") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "chidi", _handle(last) or "okpara"
    n, yy = rng.randint(1, 99), rng.randint(1940, 2012)
    return rng.choice([
        f"{f}.{ln}", f"{f[0]}{ln}", f"{ln}{f[0]}", f"{f}{n}", f"{f}_{ln}{yy % 100:02d}",
        f"{ln.upper()}{f[0].upper()}", f"{f[0]}{ln}{n}", f"{rng.choice(HANDLE_WORDS)}_{n}",
        f"{f}{ln}", f"{ln}_{f}", f"{f}.{ln[0]}", f"{f}{yy}", f"x{f}{ln[0]}x", f"{f[:3]}{ln[:5]}",
        f"{ln}{yy}", f"{rng.choice(HANDLE_WORDS)}{yy % 100:02d}", f"{f}-{ln}-{n}",
    ])  # fmt: skip


def url(rng: random.Random, _split: str = "tune4") -> str:
    first, last = person(rng)
    f, ln = _handle(first) or "chidi", _handle(last) or "okpara"
    an = string.ascii_letters + string.digits
    return rng.choice([
        f"https://www.takethemameal.com/meals/{_letters(rng, 6, an)}", f"https://www.carepages.com/{f}{ln}",
        f"https://www.mightycause.com/story/{f}-{ln}", f"https://fundly.com/help-{f}-{ln}",
        f"https://{f}{ln}.squarespace.com", f"https://{ln}-{f}.glitch.me", f"https://www.quora.com/profile/{f.capitalize()}-{ln.capitalize()}",
        f"https://www.goodreads.com/user/show/{_digits(rng, 8)}-{f}", f"https://www.yelp.com/user_details?userid={_letters(rng, 22, an)}",
        f"https://www.patreon.com/{f}{ln}", f"https://ko-fi.com/{f}{ln[0]}", f"https://myspace.com/{f}.{ln}",
        f"https://www.classmates.com/profile/{_digits(rng, 10)}", f"https://www.deviantart.com/{f}{ln}{rng.randint(1, 99)}",
        f"https://www.snapfish.com/share/{_letters(rng, 12, an)}", f"https://{ln}family.shutterfly.com/pictures",
        f"https://maps.app.goo.gl/{_letters(rng, 17, an)}", f"https://www.signupgenius.com/go/{_digits(rng, 8)}{_letters(rng, 4, an)}",
        f"https://forms.gle/{_letters(rng, 17, an)}", f"http://members.tripod.com/~{f}_{ln}", f"https://{f}{ln}.wixsite.com/journey",
        f"https://mychart.sorghumregional.example/visit/{_digits(rng, 8)}", f"www.{f}-{ln}.com",
    ])  # fmt: skip


def ip_address(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.1:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if roll < 0.18:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if roll < 0.32:
        g = [f"{rng.randint(0, 65535):x}" for _ in range(8)]
        return rng.choice([":".join(g), f"2600:{g[1]}:{g[2]}::{g[7]}", f"fe80::{g[5]}:{g[6]}:{g[7]}",
                           f"2a02:{g[1]}:{g[2]}:{g[3]}::{g[7]}"])  # fmt: skip
    return (
        f"{rng.randint(12, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    )


# --- Government, payer, billing and other numbers ----------------------------------------------


def ssn(rng: random.Random) -> str:
    area = rng.choice([rng.randint(1, 665), rng.randint(667, 899)])
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return rng.choices(
        [f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}", f"{a}.{g}.{s}"], [7, 2, 2, 1]
    )[0]


def mrn(rng: random.Random) -> str:
    return rng.choice([
        _digits(rng, 7), _digits(rng, 8), f"0{_digits(rng, 7)}", f"E{_digits(rng, 8)}",
        f"M{_digits(rng, 9)}", f"{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 2)}",
        f"{_digits(rng, 3)}-{_digits(rng, 4)}", f"BR{_digits(rng, 6)}", f"{_digits(rng, 4)}-{_digits(rng, 5)}-{rng.randint(0, 9)}",
        f"{_letters(rng, 2)}{_digits(rng, 7)}", f"{_digits(rng, 10)}",
    ])  # fmt: skip


def health_plan_id(rng: random.Random) -> str:
    an = "ACDEFGHJKMNPQRTUVWXY"
    mbi = (f"{rng.randint(1, 9)}{rng.choice(an)}{rng.choice(an + string.digits)}{rng.randint(0, 9)}"
           f"{rng.choice(an)}{rng.choice(an + string.digits)}{rng.randint(0, 9)}{rng.choice(an)}"
           f"{rng.choice(an)}{_digits(rng, 2)}")  # fmt: skip
    return rng.choice([
        f"{_letters(rng, 3)}{_digits(rng, 9)}", f"{_letters(rng, 3)} {_digits(rng, 4)} {_digits(rng, 5)}",
        f"{_letters(rng, 1)}{_digits(rng, 9)}", f"{_digits(rng, 9)}{_letters(rng, 1)}", mbi,
        f"{mbi[:4]}-{mbi[4:7]}-{mbi[7:]}", f"{_digits(rng, 11)}", f"{_letters(rng, 2)}{_digits(rng, 8)}",
        f"{_letters(rng, 3)}{_letters(rng, 1)}{_digits(rng, 7)}-{_digits(rng, 2)}", f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 4)}-{_letters(rng, 1)}",
        f"MCD{_digits(rng, 9)}", f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
    ])  # fmt: skip


def account_number(rng: random.Random) -> str:
    return rng.choice([
        _digits(rng, 9), _digits(rng, 11), f"HAR{_digits(rng, 8)}", f"{_digits(rng, 3)}-{_digits(rng, 6)}",
        f"AC{_digits(rng, 7)}", f"{_digits(rng, 6)}-{_digits(rng, 2)}", f"GT-{_digits(rng, 5)}-{_digits(rng, 2)}",
        f"V{_digits(rng, 10)}", f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 2)}", f"PB{_digits(rng, 8)}",
    ])  # fmt: skip


def _luhn_digit(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def npi(rng: random.Random) -> str:
    base = rng.choice("12") + _digits(rng, 8)
    return base + _luhn_digit("80840" + base)


def dea(rng: random.Random) -> str:
    d = [rng.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABCFGM") + _letters(rng, 1) + "".join(map(str, d)) + str(check)


def license_number(rng: random.Random) -> str:
    a = _letters(rng, 1)
    return rng.choice([
        f"{a}{_digits(rng, 8)}", f"{a}{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 1)}",
        f"{_digits(rng, 9)}", f"{a}{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 4)}", f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
        f"{a}{_digits(rng, 12)}", f"{_letters(rng, 2)}{_digits(rng, 6)}", f"RN{_digits(rng, 6)}",
        f"LPN.{_digits(rng, 5)}", f"MD{_digits(rng, 6)}", f"CDL-{_letters(rng, 1)}{_digits(rng, 7)}",
        f"PA{_digits(rng, 5)}", f"LCSW {_digits(rng, 4)}", npi(rng), dea(rng),
    ])  # fmt: skip


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VALUE = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3,
                                                  4, 5, 6, 7, 8, 9], strict=True))  # fmt: skip
_VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(rng: random.Random) -> str:
    chars = [rng.choice(_VIN_CHARS) for _ in range(17)]
    chars[9] = rng.choice("GHJKLMNPRST123456")
    total = sum(
        (int(c) if c.isdigit() else _VIN_VALUE[c]) * w
        for c, w in zip(chars, _VIN_WEIGHTS, strict=True)
    )
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


def plate(rng: random.Random) -> str:
    return rng.choice([
        f"{rng.randint(1, 9)}{_letters(rng, 3)}{_digits(rng, 3)}", f"{_letters(rng, 3)} {_digits(rng, 3)}",
        f"{_letters(rng, 3)}-{_digits(rng, 4)}", f"{_digits(rng, 3)} {_letters(rng, 3)}",
        f"{_letters(rng, 2)}{_digits(rng, 1)}-{_digits(rng, 4)}", f"{_digits(rng, 2)}{_letters(rng, 1)}-{_digits(rng, 3)}",
        f"{_letters(rng, 1)}{_digits(rng, 2)} {_letters(rng, 3)}", f"DV {_digits(rng, 4)}",
        rng.choice(["CAJUN1", "MAWMAW", "GEAUX22", "NURSE4U", "BOBAMOM", "DIALYZ", "TEAMKIM"]),
    ])  # fmt: skip


def vehicle_id(rng: random.Random) -> str:
    return vin(rng) if rng.random() < 0.45 else plate(rng)


def _imei(rng: random.Random) -> str:
    payload = rng.choice(["35", "86", "01", "99"]) + _digits(rng, 12)
    return payload + _luhn_digit(payload)


def device_id(rng: random.Random) -> str:
    hexd = "0123456789ABCDEF"
    return rng.choice([
        _imei(rng), f"SN{_digits(rng, 9)}", f"{_letters(rng, 3)}{_digits(rng, 6)}{_letters(rng, 1)}",
        f"{_digits(rng, 2)}-{_digits(rng, 5)}-{_letters(rng, 1)}", f"{_letters(rng, 2)}{_digits(rng, 7)}",
        ":".join(_letters(rng, 2, hexd) for _ in range(6)), "-".join(_letters(rng, 2, hexd) for _ in range(6)).lower(),
        f"8{_letters(rng, 5, string.ascii_uppercase + string.digits)}", f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
        f"PZ{_digits(rng, 8)}", f"{_letters(rng, 1)}{_digits(rng, 3)}{_letters(rng, 2)}{_digits(rng, 4)}",
        f"(21){_digits(rng, 10)}", f"{_letters(rng, 4, hexd)}-{_letters(rng, 4, hexd)}-{_letters(rng, 4, hexd)}",
    ])  # fmt: skip


def other_id(rng: random.Random) -> str:
    an = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return rng.choice([
        f"CLM-{rng.randint(2019, 2026)}-{_digits(rng, 6)}", f"{_digits(rng, 7)}", f"Rx{_digits(rng, 7)}",
        f"{rng.randint(19, 26)}-{_digits(rng, 5)}", f"S{rng.randint(19, 26)}-{_digits(rng, 5)}",
        f"PA-{_digits(rng, 6)}", f"INC{_digits(rng, 7)}", f"{_letters(rng, 3)}-{_letters(rng, 4, an)}",
        f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}", f"{_letters(rng, 6, an)}",
        f"ENC{_digits(rng, 9)}", f"{rng.randint(19, 26)}CV{_digits(rng, 5)}", f"WO-{_digits(rng, 5)}",
        f"{_digits(rng, 2)}{_letters(rng, 2)}{_digits(rng, 5)}", f"9400 {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 2)}",
        f"CASE-{_digits(rng, 8)}", f"TKT{_digits(rng, 6)}", f"{_letters(rng, 2)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
    ])  # fmt: skip


# Slots only this split's templates use; generate.py looks them up here. Label, then maker.
EXTRA_SLOTS: dict[str, tuple[str | None, Callable[[random.Random], str]]] = {
    "GIVEN": ("NAME", given_name),  # a given name alone, often a word name
    "WGIVEN": ("NAME", word_given),  # Cricket, Summit, Sahara
    "WFAM": ("NAME", word_family),  # Hammer, Pickles, Ferryman
    "WNAME": ("NAME", word_name),
    "NICK": ("NAME", nickname),
    "LASTFIRST": ("NAME", last_first),  # "Okpara, Chidi" with no cue word
    "CAPSNAME": ("NAME", caps_name),  # OKPARA, CHIDI in headers and wristbands
    "DOC": ("NAME", clinician),  # before a credential: "{DOC}, MD"
    "STREETNAME": ("ADDRESS", street_name),  # "off Sorghum Rd", no house number
    "UNIT": ("ADDRESS", unit),  # the second address line
    "POBOX": ("ADDRESS", po_box),
    "RURAL": ("ADDRESS", rural_route),
    "HWY": ("ADDRESS", highway_address),
    "MD": ("DATE", month_day),  # 3/14, march 14, 14th of march
    "DAYTH": ("DATE", day_ordinal),  # "the 14th"
    "DOB": ("DATE", dob),
    "MONYEAR": ("DATE", month_year),
    "ISODATE": ("DATE", iso_date),
    "YMD": ("DATE", compact_date),  # HL7 and file names: 20240314
    "TS": ("DATE", timestamp),  # a whole logging timestamp is one DATE
    "AGENUM": ("AGE_OVER_89", age_number),  # "93yo", "93F", JSON numbers
    "NPI": ("LICENSE_NUMBER", npi),
    "DEA": ("LICENSE_NUMBER", dea),
    "VIN": ("VEHICLE_ID", vin),
    "PLATE": ("VEHICLE_ID", plate),
    "IMEI": ("DEVICE_ID", _imei),
}


# --- Templates ---------------------------------------------------------------------------------
# Slots as in templates.py, plus EXTRA_SLOTS. JSON braces are doubled for str.format.
# generate.fill() lowercases, misspells and strips punctuation from chat on top of this.

CHAT = [
    # Relatives and names in passing.
    "my sister {GIVEN} is driving me on {MD}, can she come back to the room with me",
    "tell dr {SURNAME} the swelling went down but the itching is worse",
    "its for my son, {GIVEN}. he needs the school physical before the {DAYTH}",
    "my husband {GIVEN} says the new water pill has him up all night peeing",
    "hi its {GIVEN}, {SURNAME}'s wife. he wont call so im texting for him",
    "can {WGIVEN} pick up my prescription? shes my neighbor and has my key",
    "our caseworker {WNAME} said to ask u for the letter",
    "{NICK} is bringing me, he'll wait in the truck",
    "my granddaughter {GIVEN} helps me with the phone so if she answers thats ok",
    "me and my brother {GIVEN} both got the same rash after the fish fry",
    "my ex {NAME} is NOT allowed to get info about my kids, pls put that in the chart",
    "mom got confused again last night, my aunt {GIVEN} stayed over with her",
    "uncle {GIVEN} is {AGE} and wants to know if he still needs a colonoscopy lol",
    "my boyfriend {GIVEN} thinks i should ask about the patch instead of the pill",
    "my kids are {GIVEN} and {GIVEN}, they both need flu shots",
    "twins {GIVEN} and {GIVEN} have pink eye now, same as their cousin",
    "{WGIVEN} from the front desk said to send pics of the wound here",
    "whos {WGIVEN}? somebody named {WGIVEN} left me a voicemail",
    "pls thank nurse {GIVEN} for me, she was so patient with my dad",
    "is {GIVEN} the night nurse on 3 west? she said to text if his fever came back",
    "{SURNAME}'s daughter here, mom wants to know if she can have visitors yet",
    "mrs {WFAM} down the road said u do home visits now?",
    "tell dr {WFAM} thank u, the shot in my knee really helped",
    "dr {SURNAME} or whoever is on call, my sugar is 40",
    "can i switch from dr {SURNAME} to dr {SURNAME}? i want a woman doctor",
    "my therapist {NAME} wants a copy of my med list",
    "my pastor {NAME} is coming with me for the results, is that ok",
    "the lady at the pharmacy, {GIVEN}, said yall never sent it",
    "{GIVEN} at the {CITY} pharmacy says the prior auth expired",
    "tell {GIVEN} in billing i mailed the check",
    "the social worker {NAME} said i qualify for transport",
    "my son {GIVEN} (we call him {NICK}) has had a fever since the {DAYTH}",
    "i go by {NICK} but my chart says {NAME}",
    "my name is {NAME} now, not {NAME}, i got married on {MD}",
    "my daughter in law {NAME} handles my appointments so you can talk to her",
    "my foster son {GIVEN} needs his vaccine records for the new school",
    "gramps {WGIVEN} {WFAM} is {AGE}, he keeps getting up at night and falling",
    "nana {GIVEN} turns {AGE} on {MD}, can she still get her hair done after the port goes in",
    "my great grandmother is {AGE}, born {DOB}, she needs a handicap tag form",
    "my dads {AGENUM} and still mows the yard but now he gets short of breath",
    "grandma is {AGE} yrs old and the home health nurse hasnt come since {MD}",
    # Signatures at the end.
    "ok thank you so much!! -{GIVEN}",
    "will do, see u then. {GIVEN}",
    "thanks again\n{NAME}",
    "sorry for all the questions lol\n- {GIVEN}",
    "please call me back when you can, {NAME} {PHONE}",
    "thx, {LASTFIRST}",
    "appreciate it\n\n{NAME}\nsent from my phone",
    "{GIVEN} here again, never heard back about the mri",
    "its {LASTFIRST}, i had the stress test {MD}",
    "{SURNAME} here, the one with the bad knee, it gave out again",
    "hey its {NICK} from tuesday group. is {WGIVEN} still running it",
    # Dates, every which way.
    "is my appt {MD} at 2 or at 2:30",
    "can i move my appt from the {DAYTH} to the {DAYTH}",
    "thurs {MD} works better for me, or fri",
    "can i come in tues {MD} at 10, i get off early that day",
    "is the clinic open sat the {DAYTH}? its the only day i have a ride",
    "i had my covid booster on {DATE} and my arm is still sore",
    "my last period was {MD}, is it too soon to test",
    "i got the letter dated {DATE} about my mammogram",
    "havent been seen since {MONYEAR}, is that a new patient visit now",
    "on the {DAYTH} i started the new pills and by the {DAYTH} i broke out in hives",
    "last drink was {MD}, day 4 and im shaky",
    "the stitches went in on {MD}, when do they come out",
    "yes {MD} at 9:15 is fine, thank you",
    "can we do mon {MD} instead, i work the weekend",
    "she was born {DATE} at 34 weeks, now shes not gaining weight",
    "he fell {MD} and has been limping ever since",
    "my surgery was in {MONYEAR}, the scar still burns sometimes",
    "they said come back on the {DAYTH} but the portal says {MD}??",
    "appointment reminder says {DATE} but i thought it was {DATE}",
    "started feeling bad around {MD}, then it got worse after the {DAYTH}",
    "my wife's due date is {DATE}, the baby hasnt moved much today",
    "shot record says my tetanus was {DATE}, do i need another one",
    "i will be out of town {MD} thru {MD}, can i get my refill early",
    "dob {DOB}, last name {SURNAME}",
    "{NAME} dob {DOB} needs refill of inhaler pls",
    "born {DOB}, name is {NAME}, i cant get into my account",
    "my birthday is {DOB} not {DOB}, someone typed it wrong",
    "kid's name is {GIVEN} {SURNAME}, birthday {DOB}",
    # Addresses typed casually.
    "i moved to {STREET}, please update it",
    "new address {STREET} {CITY} {ZIP}",
    "we're staying with my aunt at {STREET} in {CITY} till the repairs are done",
    "the house is the blue one on {STREETNAME}, past the church on the left",
    "we live way out on {STREETNAME}, gps sends people the wrong way",
    "our mail goes to {POBOX} but we live at {STREET}",
    "send the bill to {POBOX}, {CITY} {STATE} {ZIP}",
    "we're on {RURAL}, the ambulance missed the turn last time",
    "im at {HWY}, the trailer behind the feed store",
    "my new apt is {STREET} {UNIT}",
    "im in {UNIT}, {STREET}. the elevator is broken so call when ur here",
    "can the nurse come to {STREET}? {PHONE} is the best number",
    "address is {STREET}\n{CITY}, {STATE} {ZIP}",
    "the old address was {STREET}, new one is {STREET}",
    "mom lives at {STREET} in {CITY} now, can hospice go there",
    "ur office on {STREETNAME} has no parking at all",
    "which clinic, the one on {STREETNAME} or the one by the walmart",
    "dropped off my stool sample at the lab on {STREETNAME}, did u get it",
    "my daughter got bit by a dog at {STREET} yesterday, do we need rabies shots",
    "moving back to {CITY} next month so i need a referral up there",
    "im in {CITY} visiting my son until {MD}, can i do video",
    "is there a clinic closer to {CITY}? driving to {CITY} takes me an hour",
    "we moved from {CITY}, {STATE} to {CITY} this summer",
    "was in the er in {CITY} on {DATE}, can u get those records",
    "the baby was born at {CITY} general, do u have her records",
    "my aunt in {CITY} has the same thing, is it genetic",
    "my dad is {AGE} and lives alone on {STREETNAME}, can someone check on him",
    # Phones, fax, e-mail.
    "pls call my brother {GIVEN} at {PHONE} if u cant reach me",
    "home is {PHONE}, cell is {PHONE}",
    "dont call {PHONE} anymore thats my ex's number",
    "text me at {PHONE}, i cant hear on the phone",
    "the school nurse needs it faxed to {FAX}, attn {GIVEN}",
    "can u fax the disability form to my lawyer {FAX}",
    "my email is {EMAIL} if thats easier",
    "send the note to {EMAIL}, work wants it by {MD}",
    "please email my daughter {NAME} at {EMAIL}, she handles my bills",
    "i changed my email to {EMAIL}, the old one got hacked",
    # Numbers on cards and accounts.
    "my member id is {PLAN}, the group number is on the back",
    "new insurance card came: {PLAN}, please update",
    "medicare # {PLAN} and my secondary is {PLAN}",
    "my ss# is {SSN}, dont share it",
    "for the disability paperwork they need my social {SSN}",
    "chart number {MRN} i think, its on the wristband",
    "my mrn is {MRN} and my husbands is {MRN}, dont mix us up",
    "acct {ACCOUNT} says i owe 80 but i paid on {MD}",
    "the bill for {NAME} under account {ACCOUNT} is wrong",
    "claim {OTHER} got denied again",
    "insurance said to give u reference {OTHER}",
    "rx number {OTHER}, the pharmacy says it needs ur ok",
    # Devices, vehicles, licences.
    "pump serial {DEVICE} keeps saying occlusion",
    "my cpap sn is {DEVICE}, the mask keeps leaking",
    "the cgm app wants the transmitter id, its {DEVICE}",
    "my phone imei is {IMEI} if the monitor company needs it",
    "my van got towed from the er lot, plate {PLATE}",
    "{NICK} drives a silver truck, plate {PLATE}, hes picking me up at the door",
    "my husband {FIRST} is out front in the car ({VEHICLE}), can he pull up to the ER door",
    "for the accident claim the vin is {VIN}",
    "my license # is {LICENSE} for the disabled parking form",
    "the home health aide's license is {LICENSE}, is she legit",
    # Portal, web.
    "my username is {USER} and it says wrong password",
    "tried {USER} and {USER}, neither one works",
    "the portal says someone logged in from {IP}, was that u guys",
    "this is the link they sent me {URL} but it wont open",
    "my daughter set up a page for my surgery {URL}, nurses can see it",
    "can u sign up for the meal train? {URL}",
    # Mixed, longer run-ons.
    "hi this is {NAME} my mom {NAME} is {AGE} and fell on {MD} and now she cant walk right can someone call me {PHONE}",
    "ok so i called {MD} and the lady said someone would call back and nobody did, its {GIVEN} btw",
    "we got home from {CITY} on {MD} and my husband has been coughing ever since",
    "my neighbor {WGIVEN} found my dad on the floor at {STREET}, hes at the er now",
    "sry its late, {GIVEN} is throwing up and has a fever of 103, should we go to the er in {CITY}",
    "this is {GIVEN}, {GIVEN}'s mom, he has a rash from the amoxicillin",
    "i need the records from when i was at {CITY} regional on {DATE} sent to dr {SURNAME}",
    "my brother {NAME} passed {DATE}, please stop sending him reminders at {STREET}",
    "hey {GIVEN}! its me again, still no callback about the biopsy",
    "can u tell {GIVEN} i left the forms at the desk on {MD}",
    "{WGIVEN} {WFAM} is my caregiver now, she can sign for me",
    "my husband {NAME} {PHONE} is my emergency contact now not my sister",
    "the bill has the wrong last name, its {SURNAME} not {SURNAME}",
    "hola, mi mama {NAME} tiene cita el {MD} pero no tiene como llegar",
    "soy {GIVEN}, el hijo de {NAME}, ella no habla ingles",
    "mi direccion nueva es {STREET}, {CITY}",
    "mi hija {GIVEN} nacio el {DATE}, necesita sus vacunas",
    "my mom only speaks korean, her name is {NAME}, i can interpret",
    "ba noi {GIVEN} is {AGE}, can she get the shingles shot",
    "lola {GIVEN} has been coughing since {MD}, we're in {CITY}",
]

NOTES = [
    # Headers and identifiers.
    "Patient: {CAPSNAME}    DOB: {DOB}    MRN: {MRN}\nDate of Service: {DATE}",
    "PATIENT NAME: {CAPSNAME}\nDATE OF BIRTH: {DOB}\nACCOUNT #: {ACCOUNT}\nDATE OF ADMISSION: {DATE}",
    "Name: {NAME} | DOB: {DOB} | Sex: F | MRN: {MRN} | Visit date: {DATE}",
    "{LASTFIRST} ({AGENUM} y.o. M) MRN {MRN} - seen {MD}",
    "RE: {NAME}\nDOB: {DOB}\nDOS: {DATE}",
    "Pt: {CAPSNAME}  Rm 4112-B  Adm {DATE}  Attending: {DOC}, MD",
    "ENCOUNTER DATE: {DATE}  PROVIDER: {DOC}, DO  LOCATION: {CITY} Family Health",
    "Wristband: {CAPSNAME} / {DOB} / {MRN}",
    # HPI.
    "HPI: {NAME} is a 67 y/o woman who presents on {DATE} with 3 days of productive cough.",
    "HPI: Mr. {SURNAME} is a {AGE}-year-old retired welder brought in by his daughter {GIVEN} for confusion since {MD}.",
    "HPI: Ms. {WFAM} reports the rash began on the {DAYTH} after she started the new antibiotic.",
    "HPI: pt states symptoms began around {MD}; denies fever. History obtained from pt and wife {GIVEN}.",
    "History is provided by the patient's son, {NAME}, who lives with her in {CITY}.",
    "Pt is a {AGE} yo F from {CITY}, widowed, brought in by neighbor {WNAME} after a fall at home.",
    "{AGENUM}F w/ hx of CHF, AFib on warfarin, here with granddaughter {GIVEN} for leg swelling x1 wk.",
    "Mrs. {SURNAME} was last seen in clinic on {DATE}, when her A1c was 9.2%.",
    "Per pt, last colonoscopy {MONYEAR} at {CITY} GI, normal.",
    "Pt reports LMP {MD}; home pregnancy test positive on the {DAYTH}.",
    "Onset of chest pain {DATE} at approximately 0300 while at home on {STREETNAME}.",
    "Presented to {CITY} Regional ED on {DATE}, transferred here the following day.",
    # Assessment and plan.
    "A/P: {AGE}-year-old man with CKD 4; discussed dialysis options with pt and daughter {NAME}.",
    "Plan: RTC {MD} for INR check; pt's son {GIVEN} will drive.",
    "Plan: f/u with Dr. {SURNAME} (cardiology) in 2 weeks; next echo due {MONYEAR}.",
    "Assessment: fall at home {MD}, no fracture on imaging. Will arrange PT through {CITY} Home Health.",
    "Plan discussed with pt and HCPOA {LASTFIRST}, who agrees with hospice referral.",
    "Follow up: Dr. {DOC} at {CITY} Orthopedics, {STREET}, {CITY}, {STATE} {ZIP}; ph {PHONE}.",
    "Return precautions reviewed; next visit on {DATE} at 10:40.",
    # Discharge summaries.
    "DISCHARGE SUMMARY\nAdmission Date: {DATE}\nDischarge Date: {DATE}\nAttending Physician: {DOC}, MD\nPCP: {DOC}, NP",
    "Admitted {ISODATE}, discharged {ISODATE} to home with daughter {NAME}.",
    "Date of admission: {DATE}. Date of discharge: {DATE}. Disposition: SNF ({CITY} Nursing and Rehab).",
    "Discharged to home at {STREET}, {CITY}, {STATE} {ZIP} with home health; caregiver {NAME} educated.",
    "Pt was admitted on the {DAYTH} with sepsis and discharged on the {DAYTH} after 7 days of IV antibiotics.",
    "Discharge instructions given to pt and husband {GIVEN}; teach-back done. Follow-up with {DOC} on {MD}.",
    "Hospital course: admitted {MD} for CAP; transferred to step-down {MD}; home {MD}.",
    "D/C to {CITY} Manor on {DATE}; report called to nurse {GIVEN} at {PHONE}.",
    # Referral and consult letters.
    "Dear Dr. {SURNAME},\nThank you for referring {NAME} (DOB {DOB}), whom I saw in consultation on {DATE}.",
    "Dear {GIVEN},\nIt was a pleasure seeing your patient, Mr. {SURNAME}, in the {CITY} clinic today.",
    "Re: {NAME}, DOB {DOB}\nI am referring this {AGENUM}-year-old woman for evaluation of a thyroid nodule.",
    "Referral to: {DOC}, MD, Rheumatology, {STREET}, {CITY} {ZIP}. Fax {FAX}.",
    "Consult requested by Dr. {SURNAME} on {DATE} for hyponatremia.",
    "Thank you for allowing me to participate in the care of {CAPSNAME}. Please call {PHONE} with questions.",
    "Sincerely,\n\n{DOC}, MD\n{CITY} Neurology Associates\n{STREET}\n{CITY}, {STATE} {ZIP}",
    "Yours truly,\n{DOC}, PA-C\ncc: {DOC}, MD",
    # Signature and transcription blocks.
    "Electronically signed: {DOC}, MD {DATE} 16:42",
    "Electronically signed by {DOC}, RN on {DATE} at 0715",
    "Dictated by: {DOC}, MD\nDictated: {DATE}\nTranscribed: {DATE} by {GIVEN}",
    "D: {DATE}  T: {DATE}  Job #{OTHER}",
    "cc: {DOC}, MD; {DOC}, NP; patient",
    "cc: Dr. {SURNAME}, {CITY} Internal Medicine, fax {FAX}",
    "Attestation: I saw and examined the patient with resident Dr. {SURNAME} and agree with the plan. {DOC}, MD",
    "Cosigned by {DOC}, MD on {MD}.",
    "Note written by {DOC}, MS3, under supervision of {DOC}, MD.",
    "Scribed for {DOC}, MD by {NAME} on {DATE}.",
    # Phone encounters.
    "Phone encounter {DATE}: spoke with pt's daughter {GIVEN} at {PHONE}; BP at home 150s/90s.",
    "Telephone call from {NAME} (pt's wife) at 1410 re: new confusion since {MD}. Advised ED.",
    "Called pt at {PHONE}, no answer; VM left asking her to call back. Second attempt {MD}.",
    "Returned call to {LASTFIRST}; pt states the swelling is better. Will keep appt on the {DAYTH}.",
    "Pt's son {NAME} called from {CITY} asking for a copy of the MOLST; faxed to {FAX}.",
    "TC to pharmacy ({PHONE}): spoke with pharmacist {GIVEN}, clarified dose.",
    "Message from {GIVEN} at {CITY} Home Health: pt missed two visits this week.",
    "Pt called to report BG 42 this am; husband {GIVEN} gave juice. Recheck 118.",
    # Nursing notes.
    "Nursing: Pt resting, wife {WGIVEN} at bedside. Call light in reach.",
    "0600: pt pulled IV; reinserted L forearm. Daughter {GIVEN} notified by phone ({PHONE}).",
    "Pt states her name is {NAME} and DOB {DOB}; two identifiers verified before transfusion.",
    "Belongings: glasses, dentures, phone. Sent home with son {NAME}.",
    "Fall risk high; sitter in room. Pt asking for her sister {GIVEN}, who lives in {CITY}.",
    "Handoff given to {GIVEN}, RN at 1900.",
    "Pt ambulated 150 ft with PT ({DOC}, PT). Tolerated well.",
    "Wound care per {DOC}, CWOCN. Next dressing change {MD}.",
    # Social work and case management.
    "SW note: pt lives with husband {GIVEN} in a second-floor apartment at {STREET}, {CITY}; no elevator.",
    "SW: pt is homeless, receives mail at {POBOX}, {CITY}; shelter bed at the {STREETNAME} mission.",
    "CM: pt's home is {RURAL}, about 40 min from the nearest pharmacy. Daughter {NAME} can drive.",
    "SW spoke with APS worker {NAME} ({PHONE}) regarding concerns at the home on {STREETNAME}.",
    "Pt lives alone at {HWY}; nearest neighbor {WGIVEN} checks on her daily.",
    "CM: DME (hospital bed, 3-in-1 commode) to be delivered to {STREET}, {UNIT} on {MD}.",
    "Medicaid application submitted {DATE}; case # {OTHER}.",
    "Guardian: {NAME}, appointed by court on {DATE}; letters of guardianship scanned.",
    "Pt moved from {CITY} to {CITY} in {MONYEAR} to be near her daughter {GIVEN}.",
    "Transportation: pt's nephew {NICK} drives; vehicle plate {PLATE}.",
    # Family and social history.
    "FH: mother ({GIVEN}) d. age 72 of MI; father d. 68 stroke; sister {GIVEN} in {CITY}, T2DM.",
    "Family hx: brother {NAME} had colon cancer at 49; maternal aunt {GIVEN} breast ca at 50.",
    "SH: born in {CITY}, moved to {CITY} in 1990; lives with partner {GIVEN}; works as a bus driver.",
    "Social: married to {NAME}; 3 children; lives at {STREET} in {CITY}. Never smoker.",
    "SH: widowed (husband {GIVEN} d. {MONYEAR}); lives with daughter {WGIVEN} on {STREETNAME}.",
    "Emergency contact: {NAME} (son) {PHONE}; alt: {NAME} (niece) {PHONE}.",
    "NOK: {LASTFIRST}, spouse, {PHONE}, {STREET}, {CITY} {STATE} {ZIP}",
    "Pt's grandson {NAME} is primary caregiver and lives with her in {CITY}.",
    # Med rec.
    "Med rec completed {DATE} with pt and daughter {GIVEN} using pill bottles.",
    "Med reconciliation: list obtained from {CITY} pharmacy (ph {PHONE}, fax {FAX}) on {MD}.",
    "Pt brought meds in a bag; last fill dates from {MD} to {MD}. Rx #{OTHER} is for metoprolol.",
    "Prescriber on the bottle is Dr. {SURNAME}; DEA {DEA}; NPI {NPI}.",
    "Outside records from Dr. {DOC} ({CITY}) reviewed; last visit {DATE}.",
    # Op notes and procedures.
    "OPERATIVE REPORT\nDate of procedure: {DATE}\nSurgeon: {DOC}, MD\nAssistant: {DOC}, PA-C\nAnesthesia: {DOC}, CRNA",
    "Procedure performed on {DATE} by Dr. {SURNAME}; specimen accession {OTHER} sent to pathology.",
    "Time-out performed with {DOC}, MD, {GIVEN} (circulator) and {GIVEN} (scrub).",
    "Implant: dual-chamber pacemaker, serial {DEVICE}, implanted {DATE}.",
    "Pt's insulin pump (S/N {DEVICE}) suspended for surgery per anesthesia.",
    "Hip prosthesis lot/serial {DEVICE}; implant card given to pt's son {GIVEN}.",
    # Ages and dates of birth.
    "Pt is {AGE} years old and lives independently; still drives in daylight.",
    "{NAME} is a pleasant {AGE}-year-old woman seen with her son for memory loss.",
    "Nonagenarian ({AGENUM}) with advanced dementia; family requests comfort focus.",
    "Pt states she was born {DOB} in {CITY}; ID confirms.",
    "DOB {DOB} (age {AGENUM}); pt is a poor historian, history from niece {NAME}.",
    # Identifiers of other kinds.
    "Insurance: {PLAN} (primary), {PLAN} (secondary). Subscriber: {NAME}.",
    "Medicare ID {PLAN} verified at registration on {MD}.",
    "Guarantor acct {ACCOUNT}; statements to {POBOX}, {CITY}, {STATE} {ZIP}.",
    "SSN {SSN} on face sheet for the disability application.",
    "Pt's portal username {USER}; reset link sent to {EMAIL}.",
    "Pt prefers e-mail ({EMAIL}) to phone; daughter's e-mail {EMAIL} also on file.",
    "Video visit; pt connected from IP {IP}, confirmed located at home in {CITY}.",
    "Pt shares a blog about her chemo at {URL}; discussed privacy.",
    "MVC: pt was driver of vehicle VIN {VIN}; police report # {OTHER}.",
    "Pt's car ({VEHICLE}) left in the ED ambulance bay; security holding the keys for {FIRST}.",
    "Pt's driver's license {LICENSE} scanned for identity verification.",
    "CGM transmitter {DEVICE}; data shared via clinic account since {MD}.",
    "Home BP monitor paired to pt's phone (IMEI {IMEI}).",
    "Interpreter {NAME}, ID {OTHER}, used for the entire visit (Vietnamese).",
    # Terse and templated fragments.
    "s/p lap chole {MONYEAR}; s/p TKA R {DATE}",
    "Last seen {MD} by {DOC}, NP.",
    "f/u {MD} w/ {GIVEN}, RN re: wound.",
    "Seen in ED {DATE}; d/c same day, dx gastritis.",
    "Pt to call {PHONE} if no call from scheduling by {MD}.",
    "LMP {DATE}; EDD {DATE}; G3P2.",
    "Imm: Tdap {DATE}; PCV20 {DATE}; RSV {MD}.",
    "Labs drawn {DATE} at the {CITY} lab; results pending.",
    "Pt no-showed {MD} and {MD}; letter mailed to {STREET}.",
    "Records received by fax from {FAX} on {DATE}, 14 pages.",
    "Pt's ride, {NICK}, waiting in the lobby.",
    "Pt's daughter ({NAME}) present for entire visit and consents to discussion.",
    "Advance directive on file, signed {DATE}; agent {NAME}, alternate {NAME}.",
    "Code status: DNR/DNI per pt and wife {GIVEN}, confirmed {MD}.",
    "Visitor restrictions: only {NAME} and {NAME} may visit per pt request.",
    "Pt asked that no information be given to her ex-husband, {NAME}.",
    "Chaplain {DOC} visited; pt's church is in {CITY}.",
    "Pt's PCP: {DOC}, MD, {STREET}, {CITY}; ph {PHONE}; fax {FAX}.",
    "Pharmacy: {CITY} Drug, {STREET}, {CITY} {ZIP}; ph {PHONE}.",
    "Preferred lab: {CITY} Clinic, {STREETNAME}.",
    "Address verified: {STREET}, {CITY}, {STATE} {ZIP}; phone {PHONE}.",
    "Address line 1: {STREET}\nAddress line 2: {UNIT}\nCity: {CITY}  State: {STATE}  ZIP: {ZIP}",
    "Street: {STREET}\nCity/State/ZIP: {CITY}, {STATE} {ZIP}\nHome phone: {PHONE}",
    "Mailing: {POBOX}, {CITY}, {STATE} {ZIP}. Physical: {STREET}.",
    "Pt lives at {RURAL} outside {CITY}; no cell service at home.",
    "EMS picked pt up at {HWY} at 0512 on {DATE}.",
    "Police found pt wandering near {STREETNAME} and {STREETNAME} on the {DAYTH}.",
    "Pt recently moved to {STREET}, {UNIT} ({CITY}) from {CITY}.",
    "Pt's wife, {WNAME}, reports he has been sleeping more since {MD}.",
    "Collateral from daughter {WGIVEN} (lives in {CITY}), who visits every other weekend.",
    "Per son {WGIVEN}, pt stopped taking the lithium around the {DAYTH}.",
    "Mr. {WFAM} is well known to this clinic; last seen {DATE}.",
    "Mrs. {WFAM}'s husband died on {DATE}; grief counseling offered.",
    "Dr. {WFAM}'s note from {MD} reviewed.",
    "Pt {NAME} seen with her partner {NAME}; both consent to discussion.",
    "Baby girl {SURNAME} born {DATE} at 0412, 3.2 kg; mother {NAME}.",
    "Infant {NAME}, DOB {DOB}, seen for 2-week weight check with mother {GIVEN}.",
    "Research: {LASTFIRST} enrolled in the trial; consent signed {DATE}.",
    "Lab requisition: {CAPSNAME}, {DOB}, ordering {DOC}, collected {DATE}.",
    "Pathology: specimen received {DATE} from Dr. {SURNAME}; accession {OTHER}.",
    "Radiology: comparison with outside CT of {DATE} from {CITY} Imaging.",
    "Transfer accepted by {DOC}, MD at {CITY} Medical Center on {DATE}.",
]

# key=value, JSON, HL7, CSV, syslog and stack traces. A whole timestamp is one DATE.
LOGS = [
    '{TS} INFO  scheduling.book patient="{NAME}" dob={ISODATE} slot={TS} clinic=peds-2',
    "{TS} WARN  sms.undeliverable to={PHONE} patient_id={MRN} carrier=unknown",
    '{{"ts":"{TS}","event":"intake.submitted","first":"{GIVEN}","last":"{SURNAME}","dob":"{ISODATE}","zip":"{ZIP}"}}',
    '{{"level":"error","msg":"address validation failed","line1":"{STREET}","city":"{CITY}","state":"{STATE}","zip":"{ZIP}"}}',
    '{{"evt":"chat.message","from":"{PHONE}","text":"this is {GIVEN}, running late","ts":"{TS}"}}',
    "PID|1||{MRN}^^^NORTHCLINIC^MR||{CAPSNAME}||{YMD}|M|||{STREET}^^{CITY}^{STATE}^{ZIP}||{PHONE}|||||{ACCOUNT}|{SSN}",
    "NK1|1|{CAPSNAME}|SPO^Spouse||{PHONE}",
    "PV1|1|I|3W^3112^A||||{NPI}^{CAPSNAME}|||MED||||||||{OTHER}|||||||||||||||||||||||||{YMD}",
    "IN1|1|BCBS|{OTHER}|||||||||||{YMD}|||{CAPSNAME}|01|{YMD}|{STREET}^^{CITY}^{STATE}^{ZIP}||||||||||||||||{PLAN}",
    "MSH|^~\\&|EPIC|NORTHCLINIC|LAB|NORTHCLINIC|{YMD}||ADT^A04|{OTHER}|P|2.5.1",
    "{MRN},{SURNAME},{GIVEN},{DOB},{STREET},{CITY},{STATE},{ZIP},{PHONE}",
    '"{LASTFIRST}","{DOB}","{EMAIL}","{PHONE}"',
    "audit user={USER} action=VIEW_CHART mrn={MRN} ip={IP} at={TS}",
    "{TS} sshd[30211]: Failed password for invalid user {USER} from {IP} port 50522 ssh2",
    '{IP} - {USER} [{TS}] "GET /api/patients/{MRN}/documents HTTP/1.1" 200 1841',
    "GET /api/v2/search?last={SURNAME}&first={GIVEN}&dob={ISODATE} 200 44ms",
    "POST /portal/register email={EMAIL} phone={PHONE} 201",
    'fax.outbound to={FAX} pages=6 recipient="Dr {SURNAME}" status=delivered',
    'fax.inbound from={FAX} csid="{CITY} ORTHO" pages=3 queued_for={USER}',
    "eligibility check member_id={PLAN} dob={ISODATE} payer=84980 result=active",
    "claim.status claim_id={OTHER} acct={ACCOUNT} dos={ISODATE} status=denied code=CO-16",
    'billing.statement guarantor="{NAME}" addr="{POBOX}, {CITY} {STATE} {ZIP}" balance=312.10',
    "device.sync serial={DEVICE} owner_mrn={MRN} last_seen={TS} battery=38",
    "ble.pair mac={DEVICE} imei={IMEI} user={USER}",
    'transport.booked rider="{NAME}" pickup="{STREET}, {CITY}" vehicle={PLATE} at={TS}',
    "parking.citation plate={PLATE} vin={VIN} lot=ED issued={TS}",
    'provider.lookup npi={NPI} dea={DEA} license={LICENSE} name="{DOC}"',
    "sentry ValidationError: ssn '{SSN}' failed checksum for patient {MRN}",
    'Traceback (most recent call last):\n  File "/srv/intake/parse.py", line 214, in dob\n    return parse(raw)\nValueError: unknown date format: "{DATE}" (patient {LASTFIRST})',
    "java.lang.IllegalStateException: duplicate MRN {MRN} for {CAPSNAME} born {ISODATE}\n\tat org.clinic.mpi.Merge.run(Merge.java:77)",
    'psql:ERROR: null value in column "zip" violates not-null constraint DETAIL: Failing row contains ({MRN}, {SURNAME}, {GIVEN}, {ISODATE}, {STREET}, {CITY}, null).',
    '{TS} notify.email to="{NAME} <{EMAIL}>" template=appt_reminder when="{MD}"',
    '{TS} notify.sms to={PHONE} body="Hi {GIVEN}, your visit is {MD} at 2:15"',
    "webhook.post url={URL} status=404 user={USER}",
    "profile.update user={USER} field=website old={URL} new={URL}",
    "login.success user={USER} ip={IP} mfa=email({EMAIL})",
    "login.failed user={USER} ip={IP} reason=locked attempts=6",
    'geo.resolve zip={ZIP} -> city="{CITY}" state={STATE}',
    'addr.normalize in="{STREET}" out="{STREET}" dpv=Y',
    'addr.reject reason=po_box_not_allowed line1="{POBOX}" user={USER}',
    'census unit=5N bed=12 pt="{LASTFIRST}" age={AGENUM} adm={ISODATE}',
    "flag.age_over_89 mrn={MRN} age={AGENUM} dob={DOB}",
    '{TS} WARN kiosk.checkin name="{NAME}" dob_entered={DOB} dob_on_file={DOB} mismatch',
    '{{"resourceType":"Patient","name":[{{"family":"{SURNAME}","given":["{GIVEN}"]}}],"birthDate":"{ISODATE}","address":[{{"line":["{STREET}"],"city":"{CITY}","postalCode":"{ZIP}"}}]}}',
    '{{"resourceType":"RelatedPerson","name":[{{"text":"{NAME}"}}],"telecom":[{{"value":"{PHONE}"}}],"relationship":"daughter"}}',
    '{{"resourceType":"Coverage","subscriberId":"{PLAN}","subscriber":{{"display":"{NAME}"}},"period":{{"start":"{ISODATE}"}}}}',
    'export.pdf file="{LASTFIRST} {YMD}.pdf" to={EMAIL}',
    'upload.scan file="{LASTFIRST} insurance card.jpg" member={PLAN} by={USER}',
    'kv patient.name="{NAME}" patient.city={CITY} patient.age={AGENUM} patient.phone={PHONE}',
    'cron.reminders sent=1 to="{NAME}" appt={TS}',
    'ticket.opened id={OTHER} requester={EMAIL} subject="cant log in as {USER}"',
    'rx.transmit rx={OTHER} patient="{LASTFIRST}" pharmacy_fax={FAX} prescriber_npi={NPI}',
    "lab.result accession={OTHER} mrn={MRN} collected={TS} test=TSH value=6.2",
    'hie.query name="{CAPSNAME}" dob={YMD} ssn4=**** zip={ZIP} matches=2',
    "vpn.connect user={USER} assigned={IP} from={IP} at={TS}",
    '{TS} ERROR pdf.render failed for letter to "{NAME}" at "{STREET}, {CITY}"',
]

# Lines with no PHI at all, full of what looks like it: words that are also names or places,
# vitals, doses, fractions, lab values, codes, eponyms, ages under 90, weekdays, months and years
# alone, durations, room numbers and departments. Three groups (patients, notes, logs),
# interleaved below so that any prefix of PHI_FREE mixes all three.
_PHI_FREE_CHAT = [
    "ok thanks, see you thursday",
    "sorry i missed the call, was at work till 6",
    "my sugar was 212 this morning before breakfast",
    "bp was 148 over 92 at the pharmacy machine",
    "is it ok to take tylenol with the eliquis",
    "can i drink coffee before the fasting labs",
    "the dill pickles are probably why my ankles are swollen lol",
    "ate corn and wheat bread last night and my stomach is killing me",
    "does the steam from the shower help the croup or is that a myth",
    "soft foods only for how long after the extraction",
    "the breeze from the fan makes my face hurt, is that the shingles",
    "i feel like a champion after that first week of walking",
    "what a dream, slept 8 hours for the first time in months",
    "jet lag is killing me, flew back monday",
    "my galaxy phone wont open the portal app",
    "the calico cat scratched my hand and now its red and hot",
    "is chamomile tea ok while pregnant",
    "my grandma swears by ivory soap for the rash",
    "victory! no cigarettes for 30 days",
    "took my son to scout camp and now he has poison oak",
    "going to the summit on saturday, can i take the altitude pills",
    "we live near the harbor so the damp makes my asthma worse",
    "my mom is 84 and still drives to bingo every wednesday",
    "she is 89 and sharp as a tack",
    "eighty-eight years old and still gardens every morning",
    "he turned 72 in june and wants to stop the statin",
    "we found out in 2019 and started chemo in 2020",
    "had surgery back in march, knee still swells",
    "every other friday is fine for the shots",
    "pain is like a 6 out of 10 today",
    "took 1/2 tab last night and 1 whole this morning",
    "vision is 20/40 in my left eye now",
    "is 3 weeks too long to wait for the mri",
    "the pharmacy on the 2nd floor or the one by the er",
    "room 412 or 421? i forgot what the nurse said",
    "press 3 for billing right",
    "parked on level 2 of the garage, blue section",
    "my ozempic pen clicked but i dont think it went in",
    "can i crush the metoprolol, its hard to swallow",
    "the mounjaro makes me nauseous for 2 days after",
    "do i keep taking the lasix if i feel dizzy",
    "trulicity or ozempic which one is cheaper",
    "the albuterol isnt working as good as it used to",
    "flu shot and covid shot same day ok?",
    "i have had this cough for like 10 days",
    "woke up at 3am with my heart racing",
    "thank you so much, you all are heroes",
    "will do, ill bring the pill bottles",
    "lol no its fine, running 10 min late",
    "is the clinic closed for the holiday on monday",
    "my kid is 4 and weighs 38 lbs, how much motrin",
    "the rash is on both arms, no fever",
    "can i still go to the lake this weekend with the antibiotics",
    "i work nights so mornings are hard for me",
    "got the results, what does a1c 6.8 mean",
    "the daffodils are blooming and my allergies are awful",
    "orchid pollen? is that even a thing",
    "my acorn squash soup was too salty, bp is up",
    "went to the lotus yoga class and my back feels better",
    "is it normal to feel hungry all the time on prednisone",
    "hope this helps the doctor, its been going on since spring",
    "the wind chill was awful, my fingers turned white and then blue",
    "hail storm knocked out our power, my insulin is warm now",
    "mist from the humidifier or just a hot shower",
    "coffee and cake at the church potluck, sugar was 260 after",
    "jam and toast only since yesterday, still throwing up",
    "smooth or chunky peanut butter for the allergy test",
    "lean meats and veggies, got it",
    "it was pudding texture like the speech therapist said",
    "gravy and grits are my weakness lol",
]
_PHI_FREE_NOTE = [
    "BP 138/86, HR 72, RR 16, T 98.4 F, SpO2 97% RA, Wt 84.1 kg",
    "Abdomen soft, nontender, nondistended; bowel sounds normal",
    "Lungs clear to auscultation bilaterally; no wheezes, rales or rhonchi",
    "Heart regular rate and rhythm, grade 2/6 systolic murmur at the RUSB",
    "Skin warm and dry; no rash; cap refill < 2 sec",
    "Neuro: A&O x3, CN II-XII intact, strength 5/5 x4, sensation intact",
    "Parkinson's disease, Hoehn and Yahr 3, on carbidopa-levodopa 25/100 QID",
    "Foley catheter removed POD 2; voiding without difficulty",
    "Apgar 8 and 9 at 1 and 5 minutes",
    "Glasgow Coma Scale 13 (E3 V4 M6) on arrival",
    "Alzheimer's dementia, moderate, MoCA 14/30",
    "Crohn's disease of the terminal ileum on ustekinumab",
    "Hashimoto's thyroiditis on levothyroxine 88 mcg daily",
    "Bell's palsy, left, improving; eye patch at night",
    "Barrett's esophagus, short segment, on omeprazole 40 mg daily",
    "Raynaud's phenomenon worse in the cold; amlodipine 5 mg",
    "Graves' disease s/p RAI in 2011, now hypothyroid",
    "Wilms tumor as a child, nephrectomy, no recurrence",
    "Ewing sarcoma survivor, followed in survivorship clinic",
    "Whipple procedure in 2018 for pancreatic adenocarcinoma",
    "Nissen fundoplication in 2015; no reflux since",
    "Roux-en-Y gastric bypass; on B12 and iron",
    "Jackson-Pratt drain with 30 mL serosanguinous output",
    "Hickman line flushed; site clean, dry and intact",
    "Mallampati III; anticipate difficult airway",
    "Child-Pugh B, MELD 15",
    "NYHA class III; EF 30% on last echo",
    "Gleason 4+3=7 adenocarcinoma, PSA 9.1",
    "Tanner stage 3; growth along the 40th percentile",
    "Braden 14, Morse 45; fall precautions in place",
    "Phalen's and Tinel's positive on the right",
    "Lachman negative; McMurray positive medially",
    "Kernig and Brudzinski signs negative",
    "Babinski upgoing on the left",
    "Romberg positive; wide-based gait",
    "Murphy's sign positive; RUQ US ordered",
    "Cheyne-Stokes respirations noted overnight",
    "Dix-Hallpike positive on the right; Epley maneuver performed",
    "Bishop score 8; proceed with induction",
    "Braxton Hicks contractions, irregular, no cervical change",
    "Pap smear and HPV cotesting done",
    "Holter monitor x 48 hours ordered",
    "Snellen 20/30 OU",
    "Weber midline, Rinne AC > BC bilaterally",
    "Unna boot applied to the left lower leg; change in 7 days",
    "Wound 2.5 x 1.8 x 0.3 cm, granulating, packed with Xeroform",
    "Na 134, K 4.9, Cl 101, CO2 24, BUN 31, Cr 1.6, Glu 182",
    "WBC 11.2, Hgb 10.4, Plt 388; INR 2.7",
    "A1c 7.8% (prior 8.6%); LDL 96; TSH 3.1",
    "Troponin 0.02, repeat 0.02 at 3 hours",
    "ICD-10 I50.22, I48.91, E11.65, N18.4",
    "CPT 99215, 93000, 36415; HCPCS G2211",
    "LOINC 2160-0 creatinine, 4548-4 hemoglobin A1c",
    "NDC 0169-4060-12 semaglutide pen",
    "metoprolol succinate 50 mg daily; lisinopril 20 mg daily",
    "apixaban 5 mg BID; hold 48 hours before procedure",
    "insulin glargine 24 units qHS plus lispro 6 units TID AC",
    "prednisone 40 mg x 5 days, then stop",
    "Augmentin 875/125 mg BID x 7 days",
    "Keppra 750 mg BID; seizure-free since 2021",
    "68-year-old woman with 2 weeks of fatigue",
    "pt is 89 and lives with her son",
    "eighty-four-year-old man, independent in ADLs",
    "Smoker, 1 ppd x 30 years, quit 2016",
    "Follow up in 3 months or sooner as needed",
    "Next visit Tuesday or Wednesday afternoon",
    "Seen every Monday for wound care x 6 weeks",
    "Transferred from Room 5112 to Room 5120",
    "Cardiology clinic, 3rd floor, Pod B",
    "Ortho Spine Center, Suite B",
    "Diet: soft, low sodium, lean protein; thin liquids",
    "Pt drinks 2 cups of coffee daily, no alcohol",
    "Mist tent discontinued; steam inhalation prn",
    "Champion of his own care; brings logbook to every visit",
    "Dill and fennel tea used at home for gas (herbal), counseled",
    "Calico-patterned rash on the trunk, blanching",
    "Allergies: penicillin (hives), sulfa (rash), shellfish",
    "Code status: full code",
]
_PHI_FREE_LOG = [
    "INFO scheduler tick jobs=22 queued=4 took_ms=181",
    "GET /api/v2/health 200 3ms",
    "GET /api/v2/formulary?drug=apixaban&strength=5mg 200 22ms",
    "POST /api/v2/vitals 201 bp=132/84 hr=77 spo2=97",
    '{"event":"dose_check","drug":"enoxaparin","mg_per_kg":1,"weight_kg":84,"dose_mg":80}',
    '{"code":"I50.22","system":"ICD-10-CM","display":"Chronic systolic heart failure"}',
    '{"level":"info","msg":"batch done","rows":4821,"failed":0,"took_s":12.7}',
    "WARN slow query took_ms=912 table=appointments rows=3400",
    "ERROR upstream timeout service=lab-interface after 30s (attempt 3/3)",
    "OBX|2|NM|2345-7^Glucose^LN||182|mg/dL|70-99|H|||F",
    "OBX|5|NM|718-7^Hemoglobin^LN||10.4|g/dL|12.0-16.0|L|||F",
    "cpt=99214 units=1 modifier=25 pos=11",
    "ndc=0002-8215-01 qty=15 days_supply=30 refills=2",
    "loinc=4548-4 value=7.8 unit=% flag=H",
    "worker=celery@web-3 task=send_reminders processed=88 failed=0",
    "cache miss key=icd10:E11.65 took_ms=5",
    "migration 0057_add_unit_field applied in 1.2s",
    "feature_flag weekday_reminders=true rollout=0.5",
    "cron 0 7 * * 1-5 reminders.daily (weekdays 07:00)",
    "rate_limit window=60s max=120 path=/api/chat",
    "retrying in 4s (attempt 2/5)",
    "model=triage-v4 tokens=640 latency_ms=911",
    "python 3.11.9, django 5.0.6, postgres 16.3",
    "build 2025.2.0 (5120), schema v61",
    "session idle_timeout=30 min max_age=14 days",
    "queue depth=89 oldest_age_s=41",
    "weekly report wk=22 visits=1312 no_show_rate=0.07",
    '{"age_group":"75-84","count":210,"month":"March"}',
    '{"bp":"128/82","hr":68,"temp_c":36.8,"rr":14}',
    '{"unit":"5 North","beds":32,"occupied":29}',
    "SELECT count(*) FROM visits WHERE weekday = 'Friday'",
    "export done rows=912 took=3.1s format=csv",
    "room=5112 bed=B telemetry=on",
    "dept=cardiology floor=3 pod=B",
    "firmware 4.2.1 on infusion pumps, drug library 2025-Q1",
    "app_version=v3.4.0 build=812 platform=ios",
    "HTTP 502 on /api/chat after 30s",
    "locale=es_US tz=America/Chicago fallback=en",
    "INFO audit retention_days=2190 purge=nightly",
    "WARN disk usage 81% on /var/lib/postgresql",
    "INFO model reloaded version=2.3 took_ms=1408",
    "vitals.batch count=340 dropped=0 window=15m",
    "triage.score esi=3 reason=chest_pain age_band=60-69",
    "alert.rule hr>130 for 10m fired=false",
    "backup completed size=48GB duration=00:22:14",
]
PHI_FREE = [
    line
    for group in zip_longest(_PHI_FREE_CHAT, _PHI_FREE_NOTE, _PHI_FREE_LOG)
    for line in group
    if line is not None
]
