#!/usr/bin/env python3
"""Writes round89_first_names.txt and round89_surnames.txt, the eighty-ninth round's
measuring names, from the Debian package `myspell-fo` 0.4.2+repack1-4 (the Faroese
spelling dictionary "Foroyska ordalistan til raettlestur" of the Faroese Linux User
Group, FLUG, and its contributors, 1998-2011, with the word list of Frodskaparsetur
Foroya, the University of the Faroe Islands, added in 2011; source package ispell-fo,
under the GNU General Public License version 2 or later by the package's copyright file;
see faroese_LICENSE.md).

    apt-get download myspell-fo=0.4.2+repack1-4
    dpkg-deb -x myspell-fo_0.4.2+repack1-4_all.deb /tmp/fo
    python3 extract_faroese_names.py /tmp/fo/usr/share/hunspell/fo.dic

The dictionary is a Hunspell word list in ISO 8859-1 (its first line the count, then one
word a line, most of them written out in every inflected form with no affix flag), read as
text, never loaded by a spell checker or run. Its capitalised words are proper names of
every kind: the given names the Faroese names law allows (men's and women's, many of them
in several spellings, Faroese, Norse and Danish), some family names, and places, islands,
countries, parties, firms and books, each in its cases, and words written with a capital.
No class says which words are people. Read here, in the file's order: the capitalised
words, not all in capitals, of letters only, that are no inflected form of another
(`inflected`: the genitive in -s and -ar, the dative in -i, the accusative without the
-ur of a man's name, the oblique -a of a man's name in -i and -u of a woman's name in
-a, beside the word they come from), end in no definite article (`DEFINITE_ENDINGS`,
"the ...": no name of a person takes one) nor in an oblique ending of a name's last part
(`OBLIQUE_ENDINGS`, -bjargar, -birni, -bjarnar, -varar ...) and, but for the names of
`NAMES_WITH_PLACE_ENDINGS`, in no word of a place's name (`PLACE_ENDINGS`: land, oy,
vik, vagur, fjordur, dalur, nes, sund ...). Of those, the family names (a patronymic's
ending, -sen, -son or -dottir, or one of `FAMILY_NAMES`) are surnames and the rest given
names. Bare names, no person's record and no list of anyone.
Each name written in plain letters as a Faroese name is written where the letters are
missing (d for the eth, o for o with a stroke, ae and aa for the Danish letters, the
accents dropped: "Sjurdur", "Hogni", "Eydbjorn"), capitalised with the rest in small
letters, three letters or more, ASCII letters only, with a vowel, each once
(`write_kept_given_and_surnames` of name_list_tools.py); titles and particles (`TITLES`),
the spellings comments use for words in texting style (`TEXTING_SPELLINGS` of
src/redact/person/interjections.rs, read from that file) and `NOT_NAMES` (words found by
reading every word the rules keep that no other list holds: places, islands and
countries, firms, ships, books and parties, everyday words, oblique forms the rules
miss and entries whose use as a person's name could not be vouched for) left out.
Measuring names only, never trained on.
"""

import re
import sys
from pathlib import Path

from name_list_tools import plain_letters, write_kept_given_and_surnames

# The Faroese and Danish letters a plain spelling writes otherwise.
FAROESE_PLAIN = {"ð": "d", "Ð": "D", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "å": "aa", "Å": "Aa"}

# Endings of an inflected form and the endings the word it comes from may have instead:
# a word is an inflected form when the word with the other ending is in the file too.
INFLECTIONS = (
    ("s", ("", "ur", "i")),
    ("ar", ("", "ur", "a")),
    ("i", ("ur", "")),
    ("u", ("a",)),
    ("a", ("i", "ur", "")),
    ("", ("ur",)),
    ("ir", ("ur", "")),
    ("ini", ("",)),
    ("in", ("",)),
    ("ur", ("ar",)),
    ("ari", ("ar",)),
    ("ars", ("ar",)),
)

# The definite article's endings ("the ..."), which no person's name takes.
DEFINITE_ENDINGS = (
    "inum", "unum", "anum", "num", "anna", "arnar", "urnar", "irnar", "sins", "nnar",
    "urin", "inin", "ini", "uni", "ina", "inar", "unnar", "ið", "nar",
)

# The oblique forms of a name's last part (-bjørg, -bjørn, -vør, -finnur, -leivur ...).
OBLIQUE_ENDINGS = (
    "bjargar", "birni", "bjarnar", "varar", "veigar", "dísar", "unnar", "leivi", "leivs",
    "leygar", "ríðar", "ríði", "hildar", "laugar", "finni", "finns", "fins", "mundi",
    "munds", "grími", "gríms", "björni", "steini", "steins", "geiri", "geirs", "brandi",
    "brands", "leiki", "leiks", "vari", "vars", "olvi", "olvs", "álvi", "álvs",
)

# The words a place's name ends in (land, island, bay, fjord, valley, headland, sound...).
PLACE_ENDINGS = (
    "land", "landi", "landa", "lond", "londum", "oy", "oya", "oyar", "oyggj", "oyggjar",
    "oyggin", "hav", "havið", "vík", "víkar", "vág", "vágur", "vági", "fjørð", "fjørður",
    "dalur", "dali", "nes", "nesi", "sund", "sundi", "toftir", "eiði", "gjógv", "bøur",
    "bø", "strond", "strondin", "fjall", "borg", "berg", "bergi", "stad", "stað", "stova",
    "stovu", "stovan", "holm", "hólm", "á", "ø", "ríki", "ia", "stan", "havn", "hamar",
    "heyggur", "heyggi", "vatn", "vatni", "botnur",
)

# Names that end as a place's name does (found by reading the words those endings leave
# out): a family name (Djurholm) and given names.
NAMES_WITH_PLACE_ENDINGS = {
    "Djurholm", "Allydia", "Bothilia", "Edvia", "Hensia", "Lizzia", "Sunnvá", "Hilleborg",
    "Hylleborg", "Rigborg",
}

# The patronymics' endings: the name is a family name.
SURNAME_ENDINGS = ("sen", "son", "dóttir")

# Family names with no patronymic ending (found by reading).
FAMILY_NAMES = {
    "Gaardlykke", "Hoydal", "Lamhauge", "Djurholm", "Dalsgarð", "Skaale", "Ougaard",
    "Paldam", "Parmo", "Sidenius", "Sindet",
}

# Words found by reading every word the rules keep that no other list holds (in plain
# letters, small letters): places, islands, countries and peoples, firms, ships,
# newspapers, books and parties, everyday words, oblique forms the rules miss, and
# entries whose use as a person's name could not be vouched for.
NOT_NAMES = set(
    """
aarbakka achena adwan aegi aftenposten aies ajatsa ajes ajs akrabyrgi akureyrar akureyri
akuroyri algea almenni amager amola andrassi antarktis antinis arabiska arense argir
argja argjum arktis arnafirdi arnafjardar arnods arrild aserbadjan asgardarnir asgordum
askham assika atlantsflog augo avgerdin avvardandi baldrian balkanhalvoynni baltikum
bangladesj bangladessj barein bayern beinars beinisvord beograd berjabrekka betri
biggjar biorde biscaya biskaya bjergi blankskala bogesvang bolettu bordoyarlid bordoynna
bordoyum botsvana brekku bremerhafen brimil brunai butan bygdaleidum byrgingar byrjad
danaveldi danmark danmork dentur depils diddan dimmalaetting dimun dimunarfirdi djibuti
donau dugvan dunfermline dusine dusinius dusinus egilsstodum egilstrod egun egund
eindarlistin eirargardur eitt ekvador ekvatorguinea elav elit erwill esbjerg ethly
evfrat evropa evropasamveldi eystari eystrasalt eysturafrika eysturasiu eysturevropa
eysturoynna eystursjogvin eysturskulin eysturtimor eysturvegur faa famjin farmaleidum
fiskavirking fjareystri fjareystur fjon flaggdagin fleiri flestu fogrulidar folkaflokkin
fordur foringafelag foringatidindi foringatidindum foroyaferdum foroyingahavnin
foroyingasoga foroyingatidindi foroyum fossbankan fossbankin framburdsflokkin frodba
frodbiar frodskaparsetur fuglafirdi fuglafjardar fugloynna fugloyum fullsett
funningsfirdi funningsfjardar funningur futaklettur fylgiskjol fylla galathea gamlaraett
gersemi getsemane giannula giljonnu gjaar gleve glyvra glyvrum godvonarhovda
godvonarhovdan godvonarhovdin golfstreymur gomluraett gongdin gortra gotu gotueida
gotueidir gotueidis gotueidum gotugjaar granskingarrad grejs grusje gudi gujana gullak
gumme gundadalshollin haegri hallbjorm halsi harafturat havlida havsbrun hebridum
hebridur hegn heidl heilsufrodiligu heimaroktin heimis hellith hellur helsingfors hensar
hesar hesi hesin hestoynna hirtshals hjarn hjarnari hoast hogafoss hovstunnilin
hovundaraettindi hoydolum hoyviksavtalan hvalba hvalbiar hvor hyben iorgen irakirakari
iraniranari irbit isegrim israei jansagerdi japai jarleivur jarnis javnadarflokkin javni
jelona jemen jesusi jesuspapa jesuspapan jesuspapin johonnu jorsala jorsalir jorsalirnir
jorsalum jorsolum jorst judeu julionnu justinis kaggans kaggin kalsoynna kalsoyum
kamboddja kambodja kamerun kanarisku kapernaum kartna kaukasus keldu kenian keypssamtoku
kiljon kirja kirkjuboarins kirkwall kitna kiwin kjad kjadd kjoli klakkstein klaves
klennie klettafjalla klettafjoll klettafjollum kolbanargjaar kollafirdi kollafjardar
koln koltri koltur kolumbus komandi kommunufelag korna korsika kristionnu kristjonnu
kroj krosstein kunoynna kuvait kuveit kymru kyndil kyrri laadal lagt lajka laksafoss
landfuti landsapotekarin landsbankin landskappingin landskrona langasandur latinamerika
lavrs lavst legart lensipumpur lesoto libanon licken lidden liktinstain liktinstein
lilliken lissen liten litte liw ljosaum lofoten longyearbyin lopra lousin lyar
madagaskar maien malavi marionnu mariurokkur mariuroks marokko meksiko midafrikalydveldi
midamerika midde mideystri mideystur midgardarnir midgardsormur midgordum miklagardarnir
miklagordum molte moritius mosambik mosambikk mosebok munkagrunnur naddods nagorno
nakrar nanortalik natturuvisindadeildin neistin nelas neshaga nikaragua niklaa nogv nok
nolsoyarbanka nolsoyarbankan nolsoyarfirdi nolsoynna nordafar nordbjartar norddepil
norddepli nordkapp nordkollur nordkols nordoyatunnilin nordoyggja nordoyggjum nordoyri
nordragota nordsjogvin nordsjogvur nordskala nordskalatunnilin nordstjornan
nordstjornuna nordstreym nordtofta nordtoftum norduratlantshavi nordurevropa nordurkorea
nordurlandaradi norduroyggja norduroyggjum nordurstreymi noreg noregskong norrona norska
novaja nyggi nyguinea odense odnin onagerdi onnu oravikarlid orknoyggja orknoyggjja
orknoyggjjum orknoyggjum ovli oyggjaleikum oyggjarvegin oyndafjardar oyndarfirdi
oyndarfjarda oyrarbakka oyrareingir oyrareingjum oyrargjaar paick paie pallsgota papua
paraguai paraguei partarnir petrograd petronelle porkeri portugai prinsipi pusle
pyreneafjollum qvan raett ragn randarsol regisse reydakross reydikrossur reynatugvu
reyni reynsatind rhodos rinanna rockall rokil roknad rousdi royndir royni ruar rumle
runsival rusdrekkasolan rusla sakso saksun samskifti samstundis sandoynna sandslid
sandvikahjalla satans scalloway scrabster selgen selius senius serliga seydisfirdi
seydisfjardar sfmund sidani signaboarins sikker siliam simbabvi singapor sinius
sinnisbati sisan sisimiut sivjar sjovinnubankans sjurd sjurdarkvaedir skaelingur
skagerakk skalafirdi skalafjardar skalatoftum skalatrod skanni skanny skards skat skipad
skopun skulabokagrunnur skuvoynna slaettalid slaettaratindur smyril smyrli snaeja
soldarfirdi soldarfjardar soleidis soleyd solmundarfirdi somuleidis sornfelli
sorvagsbjorg sorvagsbjorgum sorvagsfirdi sosialin sovjet sovjetsamveldi statoil stavarin
steinods stends stjorn stoda stornoway stranda strandferdslan streymoynna sudansudanari
sudurafrika suduramerika suduratlantshavi sudurevropa sudurirak sudurirakiska sudurkorea
sudurkrossur sudurlibanon sudurlibya sudurnoreg sudurnorra suduroyarbanka suduroyarfirdi
suduroyggja suduroyggjum suduroynna suduroyum sudurslesvikska sudurstreymoynna
sudurstreymur sudursudan sudurvesturafrika sudurwales suduryemen sumbiar sumbiarstein
summarlida sunbjartar susonnu svais svalbards svangaskardi sveis sveits svenski
sverrisgotu sverrissogu svinaa svinair svinaum svinoyarfirdi svinoynna sydrugota syrach
syrak taasingegade taer tangafirdi tannaringar teivan tejn teldan telemark termann terna
teys tindholmur tinghusvegi titica titika titte tjaldraflotti tjodveldis
tjodveldisflokkin tjork tjorn tjornuviksstakkur toftum tolva torbjartar torgot torhals
torm tormann torods torsvolli torugota tovu trein trohn trondarbok trondheims
trongisvagsfirdi tudlik tullik tutte tvoroyrar tvoroyri tytte uck ulver umanak umframt
umradandi ungari ungarn upernavik uppsala uppskot urd uruguai uruguei utbugving
utgardarnir utgordum vagoynna vagsbotni vagsfirdi vagstun vagum valaknukar valaknukum
valdus valfred valholl vallalid varar varmakelda vatnsoyra vatnsoyrum veinta vejdi venca
venesuela verandi verkaetlanin vesla vesterbrogade vesti vestmannaoyggjum vestmannaoyum
vesturafrika vesturberlin vesturbrugv vesturbygdin vesturbygdum vesturgronlendska
vesturgronlendskum vesturindiska vesturkanada vesturnoreg vestursahara vestursamoa
vestursamua vesty vetsera veturlida viben vibs vibse vidoynna vikarbyrgi vilbjartar
vinnuflokkin vithus vjetnam whiskey wiwica wyrna ymiskar ytrabanka ytribanki ytstibanki
yvirfridingarnevndin yvirlit yvirskipada zean zickan
""".split()
)


def faroese_plain(entry: str) -> str:
    """The entry in plain letters (the eth as d, o with a stroke as o, ae and aa)."""
    return plain_letters("".join(FAROESE_PLAIN.get(c, c) for c in entry))


def capitalised_words(dic: Path):
    """The dictionary's capitalised words of letters only, not all in capitals, in order."""
    lines = dic.read_text(encoding="latin-1").splitlines()[1:]
    words = [line.partition("/")[0].strip() for line in lines]
    return [
        w for w in words if w[:1].isupper() and not w.isupper() and re.fullmatch(r"[^\W\d_]+", w)
    ]


def inflected(word: str, words: set) -> bool:
    """Whether `word` is an inflected form of another word of `words` ([INFLECTIONS])."""
    for ending, others in INFLECTIONS:
        if not word.endswith(ending):
            continue
        stem = word[: len(word) - len(ending)]
        if any(stem + other != word and stem + other in words for other in others):
            return True
    return False


def names(dic: Path):
    """The given names and the surnames the rules keep, in the file's order."""
    words = capitalised_words(dic)
    every = set(words)
    given, surnames = [], []
    for word in words:
        low = word.lower()
        if inflected(word, every) or low.endswith(DEFINITE_ENDINGS + OBLIQUE_ENDINGS):
            continue
        if low.endswith(PLACE_ENDINGS) and word not in NAMES_WITH_PLACE_ENDINGS:
            continue
        if low.endswith(SURNAME_ENDINGS) or word in FAMILY_NAMES:
            surnames.append(word)
        else:
            given.append(word)
    return given, surnames


def main(dic: str) -> None:
    given, surnames = names(Path(dic))
    write_kept_given_and_surnames("round89", given, surnames, NOT_NAMES, faroese_plain)


if __name__ == "__main__":
    main(sys.argv[1])
