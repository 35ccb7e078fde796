#!/usr/bin/env python3
"""Writes round80_first_names.txt and round80_surnames.txt, the eightieth round's measuring
names, from the Debian package `apertium-hbs-eng` 0.5.1-2 (the Apertium project's
Serbo-Croatian-English translation data: its Serbo-Croatian morphological dictionary
apertium-hbs 0.5.0, by Ales Horvat, Francis M. Tyers, Dejan Cabrilo, Ivica Dimitrijev,
Filip Petkovski, Hrvoje Peradin, Kevin Brubeck Unhammer, Barbara Dujmic, Nikola Ljubesic
and others, 2000-2014, and the pair's English dictionary, by Francis M. Tyers, Kevin
Brubeck Unhammer, Pekka Kauppinen, Barbara Dujmic and Hrvoje Peradin, 2013-2014, both under
the GNU General Public License version 3 by the package's copyright file; see
apertium_serbo_croatian_LICENSE.md).

    apt-get download apertium-hbs-eng=0.5.1-2
    dpkg-deb -x apertium-hbs-eng_0.5.1-2_all.deb /tmp/hbs
    python3 extract_apertium_serbo_croatian_names.py \\
        /tmp/hbs/usr/share/apertium/apertium-hbs-eng/hbs-eng.automorf.bin \\
        /tmp/hbs/usr/share/apertium/apertium-hbs-eng/eng-hbs.automorf.bin

`hbs-eng.automorf.bin` and `eng-hbs.automorf.bin` are the Serbo-Croatian and the English
analysers of the pair compiled by lttoolbox: read here as data with
`lttoolbox_transducers` of name_list_tools.py, never loaded by lttoolbox or Apertium or
run, and the lemmas of their analyses read with `lttoolbox_lemmas_tagged` (through
`lttoolbox_given_and_surnames`), by the tags they begin with. The dictionaries tag proper
nouns `np` and file them as given names (`np.ant`) and surnames (`np.cog`), beside places,
organisations and others, which are left out. Read here: every lemma tagged `np` then
`ant` as a given name and every one tagged `np` then `cog` as a surname, of both
analysers, each once, in the order of the lemmas. The pair was built for translating the
news of South-Eastern Europe, so its English dictionary holds the given names and
surnames of the region as the English-language press writes them (Bosnian, Croatian,
Serbian, Montenegrin, Albanian, Kosovar, Macedonian, Bulgarian, Romanian, Greek and Turkish
ones: Abaspahic, Abdixhiku, Adamopoulou) beside English and other foreign ones, and the
surnames of some people in the news, as any list of family names does; they are kept as
they give them. Bare names, no person's record and no list of anyone. Each name written
in plain letters as a name is written in English (`SERBO_CROATIAN_PLAIN`: d with a stroke
as dj, as Djokovic is written; the other accents dropped), capitalised with the rest in
small letters, three letters or more, ASCII letters only, with a vowel, each once
(`write_kept_given_and_surnames` of name_list_tools.py); titles and particles (`TITLES`),
the spellings comments use for words in texting style (`TEXTING_SPELLINGS` of
src/redact/person/interjections.rs) and `NOT_NAMES` left out.
Measuring names only, never trained on.
"""

import sys
from pathlib import Path

from name_list_tools import (
    lttoolbox_given_and_surnames,
    plain_letters,
    write_kept_given_and_surnames,
)

# The letters plain_letters leaves as they are, as a name is written in English.
SERBO_CROATIAN_PLAIN = {"đ": "dj", "ð": "d", "æ": "ae", "ø": "o", "ß": "ss", "ı": "i", "ł": "l"}

# Entries found by reading every given name (1,024) and every surname (2,594) no other list
# holds: the dictionaries' np ant and np cog tags are loose, the pair being built from the
# news, and they file as given names and surnames places (Bashkortostan, Halkidiki,
# Kalemegdan, Medjugorje, Diyarbakir, Sibenik, Vlissingen), firms, banks, newspapers, news
# agencies and bodies (Energoinvest, Garantibank, Tanjug, Mediafax, Ekathemerini, Europol,
# Eurostat, Syriza, Fidesz), festivals, films, bands and teams (Bitef, Laibach, Roxette,
# Fenerbahce, Besiktas), words (Kompromat, Lebensraum, Iftar, Hadith, Preduzece, Tvornica,
# Zeljeznica), the names of single figures of myth, scripture, history and the news
# (Tiamat, Tubalcain, Methodius, Galerius, Robinho, Ronaldinho, Tudjman, Jintao, Qaradawi,
# Mouskouri, Cavafy) and misspellings of places and of single people's names (Ittaly,
# Agusttin, Ahmedinejad, Ahtissari, Dostojevski), in plain letters.
# Hapsburg, a ruling house the redactor's calendars_and_skies list holds as no person
# (src/redact/person/calendars_and_skies.rs, RULING_HOUSES), is left out too, so that the
# module's also_names_lists_every_listed_name_of_the_lists test holds unchanged.
NOT_NAMES = {
    "hapsburg",
    "activ", "activa", "actmedia", "actros", "actualitati", "actualno", "adnkronos",
    "adriamed", "adriatics", "aelohim", "aeschylia", "afrodisias", "agrocenter",
    "agronet", "agusttin", "ahmedinejad", "ahmetxhekaj", "ahtissari", "ajvatovica",
    "akhtamar", "aktor", "albpress", "albtelekom", "alevis", "algoritam", "alianz",
    "allahu", "allianoi", "amajlije", "amandaprisen", "amcham", "amfiklia", "ammiel",
    "andriake", "animanima", "annem", "anoixis", "anthropo", "apoists", "apoxyomenos",
    "aquapura", "aracinovo", "arahova", "arandjelovac", "arapkoy", "arcelik",
    "architecten", "arges", "aristeion", "arnoume", "artchitects", "artexpo", "artuklu",
    "asine", "asmalimescit", "astec", "asterfest", "asylo", "atelje", "atemschaukel",
    "atocha", "atomstroiexport", "attiki", "autohellas", "automechanika", "autovision",
    "avacom", "avantasia", "aviorent", "ayasoluk", "aydabiya", "ayvalik", "babszinhaz",
    "bacau", "badnjak", "bahcelievler", "bahcesehir", "bajakovo", "bajgora",
    "balikesir", "balkaniada", "balkanika", "balkanweb", "balkende", "balyoz",
    "bambiland", "bangguo", "baquba", "barcin", "bargala", "bascarsija",
    "bashkortostan", "basquiat", "beastie", "becej", "becici", "beldocs", "belex",
    "bembasa", "beos", "beovoz", "berkstock", "besiktas", "bestemmelsen", "betanews",
    "beyoglu", "bezanijska", "biblis", "bihac", "bijakovici", "bijambare", "bikavac",
    "bikovo", "bileca", "binbir", "biodiesel", "biotech", "birlesik", "bisevo", "bitef",
    "bjeljina", "blogopen", "bobova", "bobovac", "boerse", "bofrost", "bogazici",
    "boginya", "bogojevo", "bokeljka", "boljevci", "bookfest", "borgata", "boroume",
    "botosani", "bourgas", "bozicnica", "brailovo", "brangelina", "brdjani",
    "brestovitza", "brezovik", "brisevo", "brodilovo", "brodogradjevna", "brodosplit",
    "bucim", "bucovina", "bucuresti", "budvanska", "buergenstock", "bujanovacka",
    "bulbank", "buldozerski", "bulgartabak", "bulgartransgaz", "buljarica", "bulqiza",
    "burgenstock", "buskerfest", "busovaca", "buyukada", "buyukdeniz", "cabletel",
    "cacak", "cadenabbia", "caglavica", "cajavec", "cajetina", "cakovec", "calarasi",
    "calignano", "camii", "camorra", "campulung", "capljina", "caransebes", "carniola",
    "carshove", "carsija", "catavencu", "catrielcelis", "cavafy", "cbyra", "cebeci",
    "cekirdek", "celarevo", "celebija", "celtiksuyu", "cenacolo", "cernauti",
    "cernavoda", "cerrahpasa", "cerrik", "cesme", "cetingrad", "chameria",
    "chandrayaan", "chellomedia", "chepintsi", "chromos", "cifligu", "ciflik", "cilipi",
    "cilvegozu", "cinebosnia", "cinecitta", "cinelink", "cineuropa", "ciobanul",
    "ciovo", "ciragan", "cismigiu", "citluk", "cladovei", "clicknet", "cogunluk",
    "collegium", "comerciala", "commenius", "conpet", "continentalna", "contourglobal",
    "cosmotelco", "costinesti", "crkvice", "cro", "croata", "croatiastocar", "crosco",
    "cubanismo", "cubismo", "cukarica", "cupru", "curentul", "curierul", "dacias",
    "darussafaka", "daticum", "decani", "dedinje", "delcevo", "demirbank", "demre",
    "deraa", "derekoy", "dereta", "deronje", "detecon", "devrimci", "dhermi",
    "diakofto", "dialoghi", "divjaka", "divulje", "diwaniyah", "diyakbakir",
    "diyarbakir", "documenta", "documentarist", "dogme", "dogubayazit", "dogubeyazit",
    "dokanj", "dolmabahce", "donnersmarck", "dortyol", "dostojevski", "dreadzone",
    "dretelj", "drmno", "drvengrad", "dubioza", "duferco", "dunapack", "durmitor",
    "duvanska", "ecofin", "economedia", "ehpeditio", "ekathemerini", "ekonomisti",
    "eleftheros", "elikona", "ellatzite", "elliniki", "eltrade", "emirgan", "emlak",
    "energoinvest", "energopetrol", "energyobserver", "enersys", "engelliweb",
    "engrotus", "enoikiazetai", "enpower", "entifadh", "enverism", "envitec", "epoka",
    "eptalofos", "equest", "ercis", "erdut", "erechtheion", "ermou", "ermoupolis",
    "ernestinovo", "eruh", "esenyurt", "eskisehir", "ethnos", "etno", "etnoland",
    "euinside", "eupolitix", "euractiv", "eurasianet", "eurimage", "eurimages",
    "euroart", "eurobarometer", "eurobest", "eurobond", "eurofound", "eurohorizons",
    "euroitalia", "eurojust", "euromagazin", "euromax", "europol", "europolitics",
    "euroroma", "eurosong", "eurostandard", "eurostar", "eurostat", "eurotransplant",
    "eurovia", "eurovision", "eurowaves", "euzkadi", "evzoni", "expokos",
    "eyjafjallajokull", "falassarna", "falticeni", "famelab", "fenerbahce", "ferhadija",
    "ferronikel", "fidesz", "filantropia", "filmmor", "financiarul", "finanzbank",
    "finfacts", "finmetals", "fipresci", "fitr", "flexi", "focsani", "fordow",
    "fotolia", "framatome", "fraunhofer", "friedhof", "frikom", "fruska", "fthiotida",
    "fundacao", "futura", "galerius", "galicnik", "garantibank", "gardianul", "gasinci",
    "gasstroymontaj", "gazikent", "gazimestan", "gazpromexport", "gazpromneft",
    "gazproneft", "gecitkoy", "gemius", "genclerbirligi", "generalturist", "germia",
    "gerovital", "ghencea", "gjilan", "glamoc", "glavbolgarstroy", "gokceada",
    "golubovci", "gorazde", "gorazdevac", "gospo", "grabovci", "gracac", "gracanica",
    "gracanice", "gradacac", "gradevinar", "gradiska", "gradiva", "graeco", "grammata",
    "grecotel", "grncarica", "gulhane", "gumball", "gusgus", "haberturk", "hadith",
    "haggadah", "halandri", "halkbank", "halkidiki", "haos", "hatipo", "hebrosbank",
    "helexpo", "hellastat", "helogistics", "heraklea", "heraklio", "herastrau",
    "hercegovacka", "hermannstadt", "heybeliada", "hidroelektra", "hidrogradnja",
    "hidroteknika", "hinseberg", "hipokrat", "hizballah", "hizbullah", "hodja",
    "hostilian", "hotnews", "hrasnica", "idrizovo", "iftar", "ikitelli", "ilidza",
    "ilyich", "imerisia", "indeksonline", "indexi", "indjija", "ineco", "inex",
    "infopress", "infosystem", "ingushetia", "inpharm", "interclima", "interdeal",
    "interexport", "interfest", "interforze", "interreg", "intersat", "istinye",
    "italgest", "itallia", "itera", "ittaly", "ivanec", "ivaylograd", "jaganath",
    "jintao", "jugen", "kabakci", "kacanik", "kagithane", "kajn", "kalashnikovs",
    "kalemegdan", "kallidromos", "kallimarmaro", "kaludjerski", "kandilli", "karabas",
    "karadjordje", "karadjordjevo", "karaiskaki", "karantena", "karasevo", "kargo",
    "kariye", "karlovo", "karpos", "kasapderesi", "katlanovo", "kellaria", "kerameikos",
    "keraterm", "kerdos", "kicevo", "kifissos", "kilicdaroglu", "kinderdorf",
    "kissavos", "kistanje", "kivotos", "klecovce", "kljuc", "klopka", "knezevo",
    "knjazevac", "kocatepe", "kocbank", "kohorta", "kolasin", "koleso", "kolonaki",
    "komani", "komorane", "kompromat", "konstruktor", "korca", "koromacno", "kosaca",
    "kosheen", "kosmocell", "kosovalive", "kosovapress", "kosutnjak", "kosutovo",
    "kouroi", "kovancilar", "koviljaca", "kozljak", "kozuf", "kraftwerk", "kraljevi",
    "krampus", "kratkofil", "kravica", "kreator", "krivolak", "krlezin", "kronos",
    "krsko", "krusevac", "krusha", "krushare", "kucukciftlik", "kucukyali", "kukeri",
    "kulturaustausch", "kurshumli", "kursumlija", "kusadasi", "kustendorf", "kutadgu",
    "kuveyt", "kvarner", "kypseli", "kyuns", "lacrimosa", "ladjevci", "laibach",
    "laktasi", "lapusnik", "lathos", "latinica", "laureus", "lavrion", "laylat",
    "lazarevo", "lebensraum", "leblebi", "ledenika", "legende", "lekythos",
    "lenzerheide", "lepenski", "lesvos", "leverkusen", "liberatum", "libertatea",
    "librex", "liburn", "liburnia", "lidhja", "limak", "limantepe", "lipkovo",
    "lipscani", "lithio", "litomysl", "losinj", "lovcen", "lykaion", "mabetex",
    "macosped", "macrocosmos", "magharebia", "mahallesi", "mahovljani", "makhmur",
    "makpetrol", "malisevo", "malteser", "mamaia", "markale", "marmaray", "marvinci",
    "masterex", "matica", "mavrocordat", "mazeikiu", "mecanno", "mediafax", "mediapool",
    "mediasaturn", "medicana", "mediocredito", "medjugorje", "medvedja", "medvednica",
    "megalopoli", "megatron", "mehter", "mergermarket", "mermerler", "methodius",
    "metron", "metropoll", "metrorex", "mevlevi", "miladinovci", "milenijum",
    "miljacka", "milocer", "mirogoj", "mithraic", "mitropacup", "mitteleuropa",
    "mittelmoda", "moammar", "mobilkom", "modrica", "moldpres", "molodist",
    "monastiraki", "mondevideo", "monmartre", "monstat", "montenegrobank",
    "montmontaza", "morcheeba", "moskvy", "mosnews", "moststroy", "mouskouri", "mrle",
    "mugla", "muntenia", "musavat", "nabucco", "nafplio", "nafthemporiki", "naoussa",
    "nasaud", "nasice", "neftegazincor", "neftgazinkor", "netbridge", "nexium",
    "nezavisne", "nezuk", "nistelroij", "nisville", "njegus", "novorossisk", "obraz",
    "obrezje", "odzak", "oescus", "olympiastadion", "omarska", "omis", "omisalj",
    "ondokuz", "operalia", "oplenac", "orasac", "oresteia", "orizont", "osamas",
    "oslobodjenje", "osservatorio", "osterreich", "ostrog", "outokumpa", "ovcara",
    "pakostane", "palcica", "paleochora", "palexo", "palexpo", "pamporovo", "pamukova",
    "panathinaikon", "pancratius", "pandalabs", "panithinaikos", "panonska",
    "pantocrator", "paprikovac", "paracin", "paralympics", "partenariat",
    "partibrejkiters", "paschos", "patissia", "patission", "pavlopetri", "pazardjik",
    "pedion", "pelinna", "peljesac", "perperikon", "perseids", "petrobras", "petrovden",
    "petzetakis", "pharos", "pheidias", "philipopolis", "phoenice", "piata", "pincom",
    "pindos", "pivka", "planetsky", "plantaze", "plaosnik", "plavnica", "plemetina",
    "plinacro", "pljesevica", "ploce", "plodine", "ploiesti", "pocitelj", "pocitos",
    "podroom", "podstrana", "podvig", "poljoprivredna", "poreche", "portoroz",
    "poslovni", "potocari", "pozarevac", "praxis", "preduzece", "premio", "preporod",
    "presevac", "presevo", "prevlaka", "prgomet", "pridnestrovian", "primosten",
    "prinos", "privatinvest", "prlja", "probistip", "procapreolus", "profectus",
    "projektomontasa", "promedia", "propylaea", "propylaia", "prosport", "prosveta",
    "protek", "protothema", "provadia", "publicmedia", "putokazi", "qaeda", "qaradawi",
    "quadriga", "quirinale", "qur", "qureia", "qytetari", "racak", "radinovo",
    "radiocom", "radobolja", "radovis", "rahova", "rajlovac", "ramsar", "ramstore",
    "ranilug", "rasdaq", "reklamcilik", "remetinec", "repetitor", "retezat",
    "retrospectrum", "riblja", "rijecka", "ringispil", "ritopek", "riyasat", "rizzani",
    "robinho", "roboscan", "roimage", "romexpo", "romfilatelia", "rompres", "rompuy",
    "romuliana", "ronaldinho", "ropotamo", "rosarito", "rosatom", "rosbulgartabak",
    "rosselkhoznadzor", "rosukrenergo", "routemaster", "roxette", "rozafa", "rozhen",
    "rugovism", "rugvica", "rusalka", "saarbruecker", "sabac", "sagalassos", "sagrada",
    "sandzak", "sanitex", "sanjak", "saponia", "sarafovo", "sarejevo", "satyricon",
    "savudria", "sbyra", "schinias", "sczporluk", "securitate", "sekerbank",
    "semberija", "senjak", "senjski", "serbianna", "serdengecti", "serebro", "serono",
    "sethstat", "sevarlije", "sfumato", "sharrcem", "shopska", "shqiperia", "sibenik",
    "sibonet", "sibovc", "sigurimi", "silivri", "silopi", "simplu", "sinemorets",
    "sintofarm", "sirketler", "sisecam", "sisli", "sismanogleio", "sistiana", "sjaj",
    "skadarska", "smartcard", "socceroos", "societe", "socotab", "solta", "sorcova",
    "souljazz", "sounion", "spasovdan", "spillover", "sportnet", "srbolek", "srbovac",
    "srdi", "standartnews", "stavropoleos", "stecak", "sterijino", "stobi", "strandzha",
    "streamoil", "strivectin", "stufstock", "sucevita", "suezmax", "sultanahmet",
    "sumadija", "sungurlu", "surgutneftegaz", "susurluk", "svetozarevo", "svinjare",
    "swedfond", "swedmilk", "swinsinfo", "swisshotel", "synaspismos", "synode",
    "syriza", "szeklersland", "szinhaz", "tabanovce", "taksirat", "tanec", "tanjug",
    "targoviste", "tasmajdan", "tatons", "teamnet", "technobau", "technodomiki",
    "technor", "teenarena", "teikhos", "telconsult", "telesat", "telespazio", "telnor",
    "temex", "tempus", "tepecik", "terazije", "terranet", "tesanj", "thalassokosmos",
    "theopetra", "theranda", "thracean", "thumbelina", "tiamat", "timfoldgyar",
    "timocka", "titanick", "topcider", "tovarnik", "transcaucasus", "transconflict",
    "transdniester", "translunar", "transstroy", "trapezitsa", "trepca", "trepce",
    "trepharm", "treskavec", "trezor", "trgoviste", "trigrad", "trillenium", "trinitas",
    "trnopolje", "tropik", "trpinja", "tsonga", "tsvetayeva", "tubalcain", "tubulcus",
    "tudjman", "tunel", "turkiye", "tvornica", "twestival", "ultrason", "umcare",
    "umraniye", "unicredito", "univerzal", "unobserver", "urosevac", "usce", "uskudar",
    "utoeya", "uzamnica", "uzice", "varazdin", "varosha", "vatech", "vatopedi",
    "vatreni", "vaxgen", "vaxjo", "vecernje", "vecernji", "vegyepszer", "veszprem",
    "vevcani", "victoriei", "vijecnica", "vilenica", "vilssingen", "vindija",
    "vinkovacke", "virpazar", "vitol", "vizion", "vlissingen", "vnesheconombank",
    "vogosca", "vojvodjanska", "volkovo", "votanikos", "vozdovac", "vracar", "vranovac",
    "vrdnik", "vrindavana", "vrnjacka", "vrnjackabanja", "vrsac", "vsat", "webit",
    "werkstatt", "whun", "windjet", "wirom", "wizz", "worldbulletin", "xinhuanet",
    "xixia", "zabljak", "zadarski", "zagrebacka", "zagrebacki", "zagvozd", "zajecar",
    "zappeion", "zarouchla", "zarubezhneft", "zavidovici", "zelenikovo", "zelezarnica",
    "zeleznica", "zeljezara", "zeljezare", "zeljeznica", "zeljeznice", "zepce", "zetra",
    "zeytinlikoy", "zhanazhol", "zitiste", "zitopolog", "zivinci", "zletovo", "zmaj",
    "zog", "zrmanja", "zujanje", "zupanja", "zvecan", "zvecani", "zvecanska",
}


def serbo_croatian_plain(entry: str) -> str:
    return plain_letters("".join(SERBO_CROATIAN_PLAIN.get(c, c) for c in entry.strip().lower()))


def main(paths) -> None:
    given, surnames = set(), set()
    for path in paths:
        more_given, more_surnames = lttoolbox_given_and_surnames(Path(path))
        given.update(more_given)
        surnames.update(more_surnames)
    write_kept_given_and_surnames(
        "round80",
        sorted(given),
        sorted(surnames),
        NOT_NAMES,
        serbo_croatian_plain,
    )


if __name__ == "__main__":
    main(sys.argv[1:])
