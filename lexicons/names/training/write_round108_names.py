#!/usr/bin/env python3
"""Writes round108_first_names.txt and round108_surnames.txt, the hundred-and-eighth
round's measuring names, from the names written out below by hand: the given names and
surnames of the Basotho families of Lesotho (the lowland districts of Maseru, Berea,
Leribe, Mafeteng and Mohale's Hoek, and the mountain and Senqu valley districts) and their
families since in the Free State, Gauteng and abroad, an origin the sixth to
hundred-and-seventh rounds' hand-written lists did not cover (no earlier list, row or
commit message names the Basotho, Lesotho, Maseru, Leribe, Mafeteng, Berea, Quthing,
Teyateyaneng or Mohale's Hoek; the earlier lists' Sesotho names are those of a general
section of the eighth round's hand-written list); see handwritten_round108_PROVENANCE.md.

    python3 write_round108_names.py

No package, data file or web page is read: the lists are written here. The given names are
the Sesotho given names Basotho parents give, words and phrases of the occasion of the
birth (of thanks, joy, hope, comfort, rain, a gift: Relebohile, Nthabiseng, Tsepiso,
Puleng, Limpho), and the names by which a Mosotho mother is known after her first child,
'Ma joined to the child's name ('Mathabo, 'Malineo), in the plain letters an identity
document writes (the apostrophe and the hacek of the Lesotho orthography dropped:
Mathabo, Tsepo); the surnames are the Basotho family names, mostly an ancestor's name
kept (Mokhehle, Lerotholi, Mothibeli, Ntsekhe), and the family names that are an
ancestor's name with Ra-, "father of", before it (Ramakoae, Ratsiu, Rasekoai), written
as Ra- joined to the family names written here. The names with 'Ma- and Ra- were written
as combinations of those parts (the parts written out, joined, and those already
beginning with the part, and those that are also written as a name of the other kind,
left out), then written out in the script as lists.

Each name in plain letters, capitalised with the rest in small letters, three letters or
more, ASCII letters only, with a vowel, each once, in the order written, given names first
(`write_kept_given_and_surnames` of name_list_tools.py); titles and particles (`TITLES`)
and the spellings comments use for words in texting style (`TEXTING_SPELLINGS` of
src/redact/person/interjections.rs) left out; no written word is not a name (`NOT_NAMES` is
empty). No surname is written that is also written as a given name here. Bare names, no
person's record and no list of anyone. Every name also on any other list of
lexicons/names/training or lexicons/names/*.txt, or an English word, is dropped by
train-pii. Measuring names only, never trained on. Project licence.
"""

from name_list_tools import write_kept_given_and_surnames

GIVEN = """
Thabo Thabang Thabiso Lerato Palesa Mpho Teboho Lebohang Tumelo Karabo Lineo Limpho
Refiloe Rethabile Relebohile Reitumetse Tsepo Tseliso Tsepang Tsepiso Lehlohonolo
Nthabiseng Nthabeleng Ntsoaki Ntsebo Mamello Mosa Mohau Puleng Pulane Pule Pontso
Paballo Kamohelo Katleho Khotso Bokang Motlatsi Mpolokeng Neo Nthati Lisebo Lipuo
Keketso Kananelo Kelello Tokelo Tumisang Itumeleng Tlotliso Mahlomola Moeketsi Mosiuoa
Letsatsi Lefa Tlali Tlaleng Tsietsi Tsebo Thato Thuso Thusang Thuto Tokoloho Tebello
Tebalo Seabata Sello Selloane Semakaleng Sefako Sechaba Seithati Seipati Retselisitsoe
Reabetsoe Realeboha Rearabetsoe Reatlehile Rorisang Poloko Pitso Phomolo Phallang
Nyakallo Nkopane Ntsiuoa Motsamai Mothepa Mosele Moroesi Moliehi Molefi Mokhethi Mokete
Mojalefa Mohlomi Mohale Mofuoa Moeti Malefetsane Liteboho Litsepiso Lintle Limakatso
Likeleli Lieketseng Lereko Lepheana Lemohang Lekhotla Lehasa Lebona Kopano Khothatso
Khauhelo Kekeletso Katiso Kabelo Hlompho Hlalele Boitumelo Botle Dineo Keneuoe Lipolelo
Maleshoane Masechaba Nkeletseng Puseletso Qenehelo Retsepile Selebalo Tankiso Tiisetso
Tlhokomelo Tsoelopele Tumo Motebang Mpheng Nkhetheleng Ntebaleng Ntsane Ntseliseng Palo
Pheello Pheko Phakiso Polelo Potlako Rapelang Sebabatso Sebotsa Seeng Sehlomeng Selemela
Senate Sentebale Setsoto Tau Thabelo Thakane Thapelo Tlalane Tlhabeli Tsehlo Tsireletso
Bataung Bohlale Boikano Bonolo Bontle Chabeli Fusi Hlokoa Hopolang Kabi Kefuoe Keletso
Khabane Khahliso Khanyetso Khethang Khosi Kutloano Lehloenya Lekhooa Leloko Lenka Lerata
Letlotlo Letuka Likhapha Liphapang Litlallo Lithabiso Lomile Lumela Mahali Makatleho
Makhotso Malineo Mamolise Manaleli Maneo Marelebohile Masentle Mathabang Matlhohonolo
Moruti Mothusi Motseki Mpalleng Mphonyane Nthako Ntlhoi Ntsiki Ntsukunyane Nyeoe Pakiso
Phaello Phatela Phethang Pokane Polokelo Realebohile Relebohe Sekoai Selibe Semelo
Sephiri Setlaba Thabana Thebe Thekiso Tholang Tiheli Tlotlisang Tokiso Tsatsi Tsebang
Tshepiso Tsoanelo Tumeliso Motselisi Mathabo Mathabiso Malerato Mapalesa Mampho Mateboho
Malebohang Matumelo Makarabo Malimpho Marefiloe Marethabile Mareitumetse Matsepo
Matseliso Matsepang Matsepiso Malehlohonolo Manthabiseng Manthabeleng Mantsoaki Mantsebo
Mamosa Mamohau Mapuleng Mapulane Mapule Mapontso Mapaballo Makamohelo Mabokang
Mamotlatsi Mampolokeng Manthati Malisebo Malipuo Makeketso Makananelo Makelello Matokelo
Matumisang Maitumeleng Matlotliso Mamoeketsi Mamosiuoa Maletsatsi Malefa Matlali
Matlaleng Matsietsi Matsebo Mathato Mathuso Mathusang Mathuto Matokoloho Matebello
Matebalo Maseabata Masello Maselloane Masemakaleng Masefako Maseithati Maseipati
Maretselisitsoe Mareabetsoe Marealeboha Marearabetsoe Mareatlehile Marorisang Mapoloko
Mapitso Maphomolo Maphallang Manyakallo Mankopane Mantsiuoa Mamotsamai Mamothepa
Mamosele Mamoroesi Mamoliehi Mamolefi Mamokhethi Mamokete Mamojalefa Mamohlomi Mamohale
Mamofuoa Mamoeti Maliteboho Malitsepiso Malintle Malimakatso Malikeleli Malieketseng
Malereko Malepheana Malemohang Malekhotla Malehasa Malebona Makopano Makhothatso
Makhauhelo Makekeletso Makatiso Makabelo Mahlompho Mahlalele Maboitumelo Mabotle Madineo
Makeneuoe Malipolelo Mankeletseng Mapuseletso Maqenehelo Maretsepile Maselebalo
Matankiso Matiisetso Matlhokomelo Matsoelopele Matumo Mamotebang Mampheng Mankhetheleng
Mantebaleng Mantsane Mantseliseng Mapalo Mapheello Mapheko Maphakiso Mapolelo Mapotlako
Marapelang Masebabatso Masebotsa Maseeng Masehlomeng Maselemela Masenate Masentebale
Masetsoto Matau Mathabelo Mathakane Mathapelo Matlalane Matlhabeli Matsehlo Matsireletso
Mabataung Mabohlale Maboikano Mabonolo Mabontle Machabeli Mafusi Mahlokoa Mahopolang
Makabi Makefuoe Makeletso Makhabane Makhahliso Makhanyetso Makhethang Makhosi Makutloano
Malehloenya Malekhooa Maleloko Malenka Malerata Maletlotlo Maletuka Malikhapha
Maliphapang Malitlallo Malithabiso Malomile Malumela Mamoruti Mamothusi Mamotseki
Mampalleng Mamphonyane Manthako Mantlhoi Mantsiki Mantsukunyane Manyeoe Mapakiso
Maphaello Maphatela Maphethang Mapokane Mapolokelo Marealebohile Marelebohe Masekoai
Maselibe Masemelo Masephiri Masetlaba Mathabana Mathebe Mathekiso Matholang Matiheli
Matlotlisang Matokiso Matsatsi Matsebang Matshepiso Matsoanelo Matumeliso Mamotselisi
""".split()

SURNAMES = """
Mokoena Mofokeng Mokhehle Letsie Lerotholi Moshoeshoe Masupha Molapo Makhetha Mothibeli
Ramoholi Mokhosi Ntsekhe Seeiso Phakisi Letsoela Mphutlane Ramakoae Mokhothu Thabane
Mosisili Majoro Metsing Maqelepo Mahao Kolisang Moleleki Mochoboroane Ntsinyi Makara
Ranthocha Motaung Mahlaba Moletsane Makoae Tsiu Thamae Nkuebe Mapetla Ramaisa Rakuoane
Rapapa Rasekoai Ramakatane Rantso Mabote Khaketla Matete Moorosi Masilo Motloheloa
Masoabi Lekhanya Matlanyane Lehohla Tlelima Tlebere Putsoa Posholi Ntho Nkhahle Moiloa
Motanyane Matlosa Malefane Maope Makhele Lesaoana Leuta Kholumo Khoeli Khasipe Chakela
Bereng Hoohlo Maphathe Monyake Moqhali Mochochoko Mokhesi Mokitimi Mokuoane Molibeli
Monaheng Mophethe Mosothoane Motsoene Mpeli Mpesi Ntaote Ntlama Pelea Phafane Phori
Qhobela Rakhetla Ramathebane Ramokhoro Ramatsella Sehlabi Seboka Sekese Sekhesa Selomo
Semela Shale Thokoa Tlhoeli Tsekoa Tsolo Mohapi Mokhele Molise Sekhonyana Mosala Lebesa
Lefosa Lekota Lesenyeho Liphoto Mabathoana Mabitle Mafereka Mahase Makakole Makhaola
Makhalane Malebo Maleke Malibo Mapheelle Maqutu Masenyetse Mashologu Matela Matsoso
Mohasoa Mohlalisi Mokaloba Moloi Monese Moremoholo Mosito Motsoari Mpholo Mpobole Nkhasi
Nyabela Nyane Pama Phamotse Pholo Phomane Ratsiu Raselimo Rapitse Ramone Ramohlanka
Ramaqele Sefali Sehloho Sekonyela Selebeli Senekane Setoi Sheleng Thakalekoala Thulo
Tikoe Tlhomola Tsoeu Tuoane Lephoi Lethunya Lenono Khabo Khama Kao Kalake Hlasa Hlajoane
Lekaota Lelimo Lepota Maama Mabaleha Mabula Machobane Mafaesa Mafisa Mahlakeng Mahloane
Majara Makhata Makong Malaka Mangoaela Mantsoe Maphasa Maqalika Masakale Masheane Matobo
Mohlaoli Mokhutle Mokoaleli Mokose Molaoa Moleko Monoto Moqasa Moshabesha Mothae Motjopi
Motsohi Mpota Nchee Nketsi Ntai Ntene Ntoi Ntsoele Phohleli Raboletsi Raleting Ramphoma
Rasethuntsa Rathebe Sebatane Sebueng Sehapi Sekhamane Seutloali Thakhisi Thetsane
Thoahlane Tlalajoe Tsehlana Tumane Ramokoena Ramofokeng Ramokhehle Raletsie Ralerotholi
Ramoshoeshoe Ramasupha Ramolapo Ramakhetha Ramothibeli Ramokhosi Rantsekhe Raseeiso
Raphakisi Raletsoela Ramphutlane Ramokhothu Rathabane Ramosisili Ramajoro Rametsing
Ramaqelepo Ramahao Rakolisang Ramoleleki Ramochoboroane Rantsinyi Ramakara Ramotaung
Ramahlaba Ramoletsane Rathamae Rankuebe Ramapetla Ramabote Rakhaketla Ramatete Ramoorosi
Ramasilo Ramotloheloa Ramasoabi Ralekhanya Ramatlanyane Ralehohla Ratlelima Ratlebere
Raputsoa Raposholi Rantho Rankhahle Ramoiloa Ramotanyane Ramatlosa Ramalefane Ramaope
Ramakhele Ralesaoana Raleuta Rakholumo Rakhoeli Rakhasipe Rachakela Rabereng Rahoohlo
Ramaphathe Ramonyake Ramoqhali Ramochochoko Ramokhesi Ramokitimi Ramokuoane Ramolibeli
Ramonaheng Ramophethe Ramosothoane Ramotsoene Rampeli Rampesi Rantaote Rantlama Rapelea
Raphafane Raphori Raqhobela Rasehlabi Raseboka Rasekese Rasekhesa Raselomo Rasemela
Rashale Rathokoa Ratlhoeli Ratsekoa Ratsolo Ramohapi Ramokhele Ramolise Rasekhonyana
Ramosala Ralebesa Ralefosa Ralekota Ralesenyeho Raliphoto Ramabathoana Ramabitle
Ramafereka Ramahase Ramakakole Ramakhaola Ramakhalane Ramalebo Ramaleke Ramalibo
Ramapheelle Ramaqutu Ramasenyetse Ramashologu Ramatela Ramatsoso Ramohasoa Ramohlalisi
Ramokaloba Ramoloi Ramonese Ramoremoholo Ramosito Ramotsoari Rampholo Rampobole Rankhasi
Ranyabela Ranyane Rapama Raphamotse Rapholo Raphomane Rasefali Rasehloho Rasekonyela
Raselebeli Rasenekane Rasetoi Rasheleng Rathakalekoala Rathulo Ratikoe Ratlhomola
Ratsoeu Ratuoane Ralephoi Ralethunya Ralenono Rakhabo Rakhama Rakao Rakalake Rahlasa
Rahlajoane Ralekaota Ralelimo Ralepota Ramaama Ramabaleha Ramabula Ramachobane Ramafaesa
Ramafisa Ramahlakeng Ramahloane Ramajara Ramakhata Ramakong Ramalaka Ramangoaela
Ramantsoe Ramaphasa Ramaqalika Ramasakale Ramasheane Ramatobo Ramohlaoli Ramokhutle
Ramokoaleli Ramokose Ramolaoa Ramoleko Ramonoto Ramoqasa Ramoshabesha Ramothae Ramotjopi
Ramotsohi Rampota Ranchee Ranketsi Rantai Rantene Rantoi Rantsoele Raphohleli Rasebatane
Rasebueng Rasehapi Rasekhamane Raseutloali Rathakhisi Rathetsane Rathoahlane Ratlalajoe
Ratsehlana Ratumane
""".split()

# Words written above that are not names: none.
NOT_NAMES: set = set()


def main() -> None:
    write_kept_given_and_surnames("round108", GIVEN, SURNAMES, NOT_NAMES)


if __name__ == "__main__":
    main()
