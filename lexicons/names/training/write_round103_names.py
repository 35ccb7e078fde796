#!/usr/bin/env python3
"""Writes round103_first_names.txt and round103_surnames.txt, the hundred-and-third
round's measuring names, from the names written out below by hand: the given names and
surnames of the Merina and Betsileo families of the central highlands of Madagascar (Imerina
round Antananarivo, Antsirabe and the Vakinankaratra, the Betsileo country round
Fianarantsoa and Ambositra) and their families since in Toamasina, Mahajanga, Reunion,
France and abroad, an origin the sixth to hundred-and-second rounds' hand-written lists
did not cover (their Malagasy names are the handful of the seventh and fourteenth rounds'
general sections); see handwritten_round103_PROVENANCE.md.

    python3 write_round103_names.py

No package, data file or web page is read: the lists are written here. The given names are
the Malagasy ones the highland families give (words of the language: wishes, virtues,
"life", "loved", "desired", "good"), each alone or joined as Malagasy joins a name's parts
(a final y written i inside a word: Hery and niaina, Heriniaina); the surnames are the
ancestral names the families bear, Ra- (the old mark of respect), Andria-, Randria- and
Razafi- ("noble", "descendant of nobles") and Rakoto-, Ranaivo-, Rasolofo-, Ravelo-, Rasoa-,
Rahari-, Ratovo-, Rajaona- and Ralai- joined to a word or name as Malagasy joins them (an n
between, written ndr before r, nj before z or j, nts before s, mb before b or v, m before m;
Randrianarisoa, Razafindrakoto, Rakotondrabe), and names with -son. In plain letters, as
passports and the civil register write them (one spelling each).

Each name in plain letters, capitalised with the rest in small letters, three letters or
more, ASCII letters only, with a vowel, each once, in the order written, given names first
(`write_kept_given_and_surnames` of name_list_tools.py); titles and particles (`TITLES`)
and the spellings comments use for words in texting style (`TEXTING_SPELLINGS` of
src/redact/person/interjections.rs) left out; no written word is not a name (`NOT_NAMES` is
empty). Bare names, no person's record and no list of anyone. Every name also on any other
list of lexicons/names/training or lexicons/names/*.txt, or an English word, is dropped by
train-pii. Measuring names only, never trained on. Project licence.
"""

from name_list_tools import write_kept_given_and_surnames

GIVEN = """
Aina Ando Andry Anjara Antsa Avotra Bodo Dera Domoina Faly Fanja Fara Fenitra Fetra Fidy
Fitia Haingo Haja Hanitra Hanta Hary Hasina Hery Hoby Holy Iary Koloina Lala Lalao Lanto
Lova Malala Mamy Manoa Miangaly Mialy Miary Mihaja Mihary Miora Mirana Mirado Mitia
Naina Nambinina Narindra Nirina Niry Njaka Nofy Nomena Noro Onja Ony Rado Rija Rindra
Riana Rivo Rojo Rova Sarobidy Sedera Sitraka Soa Tahina Tahiana Tantely Tendry Tiana
Tiavina Toavina Tojo Toky Tolotra Tovo Tsiory Tsiky Tsilavina Tsinjo Tsiry Vahatra
Valisoa Vola Volana Voahangy Voahirana Vonjy Vony Voninahitra Zara Hajaina Harena Mahery
Fanomezantsoa Fanomezana Fitahiana Fitiavana Fanantenana Finaritra Fandresena Fahendrena
Fahasoavana Hasimbola Nantenaina Fanirisoa Fanambinana Fanilo Kanto Lalaina Lalatiana
Mamisoa Mamitiana Miarintsoa Mihanta Nasandratra Nomenjanahary Ravaka Sariaka Tafita
Tsiresy Zoniaina Anjaniaina Antsaniaina Avotriniaina Andoniaina Ainanirina Aintsoa
Faliarisoa Falimanana Fanjaniaina Faratiana Fetraniaina Fidiniaina Fidisoa Haingotiana
Hajaniaina Hajatiana Hantanirina Harifidy Harilala Harimanana Harinaivo Harivelo
Hasiniaina Heritiana Herinirina Heriniaina Herilala Herizo Holiarisoa Hanitriniaina
Lalasoa Lantoniaina Lovasoa Lovatiana Lovaniaina Malalatiana Mialisoa Noromalala
Norotiana Onitiana Radoniaina Soanirina Soaniaina Tianasoa Tojoniaina Tokiniaina
Tolotriniaina Tovonirina Volatiana Zotiana Haingonirina Miharisoa Mbolatiana Mbola
Mendrika Tsanta Tsantaniaina Ravo Tahiry Vololona Vololoniaina Hasinjaka Mamiarisoa
Tianarisoa Voahanginirina Volanirina Voninirina Zoarisoa Hantasoa Harisoa Herisoa
Herimanana Herimalala Lantosoa Lantotiana Norohanta Soamalala Maminiaina Maminirina
Fenosoa Hanitrinirina Ialy Iarivo Mamonjy Njakasoa Rinasoa Sandratra Sendra Tsiorisoa
Hajasoa Faniry Fanirina Landy Lantonirina Mahefa Mampionona Mihajasoa Nandrianina Nekena
Ninah Riantsoa Rondro Sahondra Seheno Soafara Tantelinirina Tsiferana Tsitohaina Vero
Voahariniaina Hariniaina Harinirina Holinirina Holisoa Lalanirina Lalarisoa Lovarisoa
Njakatiana Ravakiniaina Rojoniaina Rivoniaina Sitrakiniaina Tahinasoa Tantelisoa Tojosoa
Tokisoa Tolojanahary Tovohery Tsiriniaina Valiavo Vonjiniaina Zafisoa Mamimalala
Mamilala Noroniaina Noronirina Norosoa Norolala Soatiana Soalala Lovanirina Lovamalala
Lovalala Tojonirina Tojotiana Tojomalala Tojolala Tokinirina Tokitiana Tokimalala
Tokilala Tovoniaina Tovotiana Tovosoa Tovomalala Tovolala Radonirina Radotiana Radosoa
Radomalala Radolala Faliniaina Falinirina Falitiana Falisoa Falimalala Falilala
Fidinirina Fiditiana Fidimalala Fidilala Haingoniaina Haingosoa Haingomalala Haingolala
Oniniaina Oninirina Onisoa Onimalala Onilala Tsirinirina Tsiritiana Tsirisoa Tsirimalala
Tsirilala Voniniaina Vonitiana Vonisoa Vonimalala Vonilala Onjaniaina Onjanirina
Onjatiana Onjasoa Onjamalala Onjalala Holiniaina Holitiana Holimalala Holilala
Andonirina Andotiana Andosoa Andomalala Andolala Rivonirina Rivotiana Rivosoa Rivomalala
Rivolala Rojonirina Rojotiana Rojosoa Rojomalala Rojolala Lantomalala Lantolala
Hantaniaina Hantatiana Hantamalala Hantalala Ainaniaina Ainatiana Ainasoa Ainamalala
Ainalala Hajanirina Hajamalala Hajalala Zonirina Zosoa Zomalala Zolala Voahanginiaina
Voahangitiana Voahangisoa Voahangimalala Voahangilala Volaniaina Volasoa Volamalala
Volalala Mialiniaina Mialinirina Mialitiana Mialimalala Mialilala Mioraniaina
Mioranirina Mioratiana Miorasoa Mioramalala Mioralala Rijaniaina Rijanirina Rijatiana
Rijasoa Rijamalala Rijalala
""".split()

SURNAMES = """
Ratsiraka Ratsimandrava Ranjeva Ramanantsoa Ramaroson Ravalomanana Rajoelina Rabetafika
Rabenoro Rabary Ratsimbazafy Rahaingoson Ralambomanana Ramiandrisoa Rasamoelina Rasetra
Ravoajanahary Ravonjiarisoa Andriamasinoro Andriamanalina Andriamparany Ramarozaka
Rakotondrainibe Raveloson Rakotoson Ranaivoson Raharison Raherison Rabearison Ratovoson
Rajaonson Ramaromanana Ratsimba Rabemananjara Razanamparany Razanakolona Ralaimongo
Randriamaro Randrianasolo Rasoamanarivo Rasoanaivo Ravelonarivo Rajaonah Rabeharisoa
Rabenandrasana Randrianarisoa Randrianarivelo Randrianarimanana Randrianarison
Randrianaivo Randrianarivo Randriamanana Randriamalala Randriamahefa Randriamihaja
Randriamandimby Randriamanantsoa Randriamanantena Randriamampianina Randriamanjaka
Randriamamonjy Randriamiarana Randriamiharisoa Randrianirina Randrianiaina
Randrianantenaina Randriandrakoto Randriandrabe Randriandrasoa Randriandravelo
Randriandranaivo Randriandrainibe Randriandrajaona Randriandrasolo Randriandraibe
Randrianjafy Randrianjatovo Randrianjaka Randriantsoa Randriantsalama Randrianjaona
Randriambelo Randriambao Randriambololona Razafinarisoa Razafinarivelo Razafinarimanana
Razafinarison Razafinasolo Razafinaivo Razafinarivo Razafimanana Razafimalala
Razafimahefa Razafimihaja Razafimandimby Razafimanantsoa Razafimanantena Razafimaro
Razafimampianina Razafimanjaka Razafimamonjy Razafimiarana Razafimiharisoa Razafinirina
Razafiniaina Razafinantenaina Razafindrakoto Razafindrabe Razafindrasoa Razafindravelo
Razafindranaivo Razafindrainibe Razafindrajaona Razafindrasolo Razafindraibe Razafinjafy
Razafinjatovo Razafinjaka Razafintsoa Razafintsalama Razafinjaona Razafimbelo Razafimbao
Razafimbololona Andrianarisoa Andrianarivelo Andrianarimanana Andrianarison Andrianasolo
Andrianaivo Andrianarivo Andriamanana Andriamalala Andriamahefa Andriamihaja
Andriamandimby Andriamanantsoa Andriamanantena Andriamaro Andriamampianina Andriamanjaka
Andriamamonjy Andriamiarana Andriamiharisoa Andrianirina Andrianiaina Andrianantenaina
Andriandrakoto Andriandrabe Andriandrasoa Andriandravelo Andriandranaivo Andriandrainibe
Andriandrajaona Andriandrasolo Andriandraibe Andrianjafy Andrianjatovo Andrianjaka
Andriantsoa Andriantsalama Andrianjaona Andriambelo Andriambao Andriambololona
Rakotoarisoa Rakotoarivelo Rakotoarimanana Rakotoarison Rakotoaivo Rakotomanana
Rakotomalala Rakotomahefa Rakotomihaja Rakotomandimby Rakotomanantsoa Rakotomanantena
Rakotomiharisoa Rakotonirina Rakotoniaina Rakotonantenaina Rakotondrakoto Rakotondrabe
Rakotondrasoa Rakotondravelo Rakotondranaivo Rakotondrajaona Rakotozafy Rakotosoa
Rakotojaona Rakotovao Ranaivoarisoa Ranaivoarivelo Ranaivoarimanana Ranaivoarison
Ranaivomanana Ranaivomalala Ranaivomahefa Ranaivomihaja Ranaivomandimby Ranaivomanantsoa
Ranaivomanantena Ranaivomiharisoa Ranaivonirina Ranaivoniaina Ranaivondrakoto
Ranaivondrabe Ranaivondrasoa Ranaivondravelo Ranaivondranaivo Ranaivondrajaona
Ranaivozafy Ranaivosoa Ranaivojaona Ranaivovao Rasolofoarisoa Rasolofoarivelo
Rasolofoarimanana Rasolofoarison Rasolofoaivo Rasolofomanana Rasolofomalala
Rasolofomahefa Rasolofomihaja Rasolofomandimby Rasolofomanantsoa Rasolofomanantena
Rasolofomiharisoa Rasolofonirina Rasolofoniaina Rasolofonantenaina Rasolofondrakoto
Rasolofondrabe Rasolofondrasoa Rasolofondravelo Rasolofondranaivo Rasolofondrajaona
Rasolofozafy Rasolofojaona Rasolofovao Raveloarisoa Raveloarivelo Raveloarimanana
Raveloarison Raveloaivo Ravelomanana Ravelomalala Ravelomahefa Ravelomihaja
Ravelomandimby Ravelomanantsoa Ravelomanantena Ravelomiharisoa Ravelonirina Raveloniaina
Ravelonantenaina Ravelondrakoto Ravelondrabe Ravelondrasoa Ravelondravelo
Ravelondranaivo Ravelondrajaona Ravelozafy Ravelosoa Ravelojaona Ravelovao Rasoarisoa
Rasoarivelo Rasoarimanana Rasoarison Rasoaivo Rasoamanana Rasoamalala Rasoamahefa
Rasoamihaja Rasoamandimby Rasoamanantsoa Rasoamanantena Rasoamiharisoa Rasoanirina
Rasoaniaina Rasoanantenaina Rasoandrakoto Rasoandrabe Rasoandrasoa Rasoandravelo
Rasoandranaivo Rasoandrajaona Rasoazafy Rasoajaona Rasoavao Rahariarisoa Rahariarivelo
Rahariarimanana Rahariarison Rahariaivo Raharimanana Raharimalala Raharimahefa
Raharimihaja Raharimandimby Raharimanantsoa Raharimanantena Raharimiharisoa Raharinirina
Rahariniaina Raharinantenaina Raharindrakoto Raharindrabe Raharindrasoa Raharindravelo
Raharindranaivo Raharindrajaona Raharizafy Raharisoa Raharijaona Raharivao Ratovoarisoa
Ratovoarivelo Ratovoarimanana Ratovoarison Ratovoaivo Ratovomanana Ratovomalala
Ratovomahefa Ratovomihaja Ratovomandimby Ratovomanantsoa Ratovomanantena Ratovomiharisoa
Ratovonirina Ratovoniaina Ratovonantenaina Ratovondrakoto Ratovondrabe Ratovondrasoa
Ratovondravelo Ratovondranaivo Ratovondrajaona Ratovozafy Ratovosoa Ratovojaona
Ratovovao Rajaonarisoa Rajaonarivelo Rajaonarimanana Rajaonarison Rajaonaivo
Rajaonamanana Rajaonamalala Rajaonamahefa Rajaonamihaja Rajaonamandimby Rajaonamanantsoa
Rajaonamanantena Rajaonamiharisoa Rajaonanirina Rajaonaniaina Rajaonanantenaina
Rajaonandrakoto Rajaonandrabe Rajaonandrasoa Rajaonandravelo Rajaonandranaivo
Rajaonandrajaona Rajaonazafy Rajaonasoa Rajaonavao Ralaiarisoa Ralaiarivelo
Ralaiarimanana Ralaiarison Ralaiaivo Ralaimanana Ralaimalala Ralaimahefa Ralaimihaja
Ralaimandimby Ralaimanantsoa Ralaimanantena Ralaimiharisoa Ralainirina Ralainiaina
Ralainantenaina Ralaindrakoto Ralaindrabe Ralaindrasoa Ralaindravelo Ralaindranaivo
Ralaindrajaona Ralaizafy Ralaisoa Ralaijaona Ralaivao
""".split()

# Words written above that are not names: none.
NOT_NAMES: set = set()


def main() -> None:
    write_kept_given_and_surnames("round103", GIVEN, SURNAMES, NOT_NAMES)


if __name__ == "__main__":
    main()
