# lockstep — hrvatski. Rječnik pojmova nalazi se u locales/README.md.

## Pomoć za naredbeni redak

cli = Prati drže li prijevodi korak s izvornim dokumentom: koji su prevedeni odlomci zastarjeli, što se promijenilo i što još treba potvrditi.
    .project = Mapa projekta (zadano: najbliža mapa prema gore koja sadrži lockstep.toml)
    .ui-lang = Jezik poruka programa lockstep, npr. bg, sr-Latn ili el
    .color = Kada koristiti boje: auto, always ili never (zadano: auto; poštuje se NO_COLOR)
    .help = Prikazuje ovu pomoć
    .version = Prikazuje inačicu
    .wait = Koliko sekundi naredba koja zapisuje čeka drugo pokretanje lockstepa (zadano: 60)
cli-init = Stvara lockstep.toml za izvorni dokument i bilježi njegove postojeće prijevode u memoriju
    .source = Izvorni dokument
    .langs = Ciljni jezici, odvojeni zarezima (oznake jezika prema BCP 47, npr. bg,sr-Cyrl,el,hr)
    .source-lang = Izvorni jezik (zadano: en)
    .translations = Gdje su prijevodi, s {"{"}lang{"}"} umjesto oznake jezika (zadano: <naziv>.{"{"}lang{"}"}.<nastavak>)
cli-status = Prikazuje, po dokumentu i jeziku, koliko je odlomaka ažurno, zastarjelo, neprevedeno ili bez izvornika
    .langs = Samo ovi jezici
    .check = Završava s izlaznim kodom 1 ako nešto nije ažurno (za CI)
    .paragraphs = Navodi svaki odlomak koji nije ažuran
    .by-source = Po jedan redak za svaki izvorni odlomak koji nije svugdje ažuran, sa stupcem za svaki jezik
    .format = Format izlaza: text ili json (zadano: text)
cli-diff = Prikazuje što se promijenilo u izvorniku svakog zastarjelog odlomka otkad je preveden, uz prijevod
    .lang = Jezik
    .ids = Samo ovi odlomci (identifikatori iz status --paragraphs)
    .document = Samo ovaj dokument
    .format = Format izlaza: text ili json (zadano: text)
cli-sync = Potvrđuje da su odlomci prevedeni prema današnjem izvorniku
    .lang = Jezik
    .ids = Odlomci koje treba potvrditi (identifikatori iz status --paragraphs)
    .all = Potvrđuje svaki odlomak koji ima prijevod
    .document = Samo ovaj dokument
    .dry-run = Prikazuje što bi bilo potvrđeno, a ništa ne zapisuje
    .format = Format izlaza: text ili json (zadano: text)
cli-export = Zapisuje zastarjele i neprevedene odlomke jednog jezika u jednu PO ili XLIFF datoteku za CAT alat
    .lang = Jezik
    .documents = Samo ovi dokumenti (zadano: svi)
    .format = Format datoteke: po, xliff (1.2) ili xliff2 (2.1) (zadano: po)
    .output = Datoteka u koju se zapisuje (zadano: standardni izlaz)
    .all = Svi odlomci, i ažurni
cli-import = Zapisuje prijevode iz PO ili XLIFF datoteke u prevedene dokumente i potvrđuje ih
    .file = PO ili XLIFF datoteka
    .lang = Jezik, za datoteku koja ne navodi svoj
    .dry-run = Prikazuje što bi bilo zapisano, a ne zapisuje ništa
    .format = Format izlaza: text ili json (zadano: text)
cli-report = Zapisuje izvješće koje se otvara u pregledniku: pregled svih dokumenata i jezika i svaki prijevod uz izvornik
    .langs = Samo ovi jezici (zadano: svi)
    .output = HTML datoteka u koju se zapisuje (zadano: lockstep-report.html)
    .all = Svi odlomci usporedno, i ažurni (zadano: oni koji nisu ažurni)
cli-minor = Bilježi da današnja izmjena ovih izvornih odlomaka ne traži novi prijevod, za svaki jezik čiji je prijevod bio ažuran
    .paragraphs = Brojevi izvornih odlomaka (iz paragraphs ili status --paragraphs)
    .document = Dokument (potreban kad projekt ima više dokumenata)
    .force = Potvrđuje i izmjenu koja mijenja riječi
    .dry-run = Prikazuje što bi bilo potvrđeno, a ništa ne zapisuje
    .format = Format izlaza: text ili json (zadano: text)
cli-align = Poravnava izvornu datoteku s njezinim prijevodom, odlomak po odlomak
    .first = Izvorna datoteka ili jezik projekta
    .second = Datoteka prijevoda (kad je prvi argument datoteka)
    .document = Dokument (uz jezik, kad projekt ima više dokumenata)
    .format = Format izlaza: text ili json (zadano: text)
cli-check = Provjerava u prijevodima ono što stroj može prepoznati kao pogrešku: brojeve, poveznice, kôd, pisma, interpunkciju, duljinu, pojmove iz pojmovnika
    .items = Samo ovi jezici i dokumenti (zadano: svi)
    .check = Završava s izlaznim kodom 1 ako ostane nalaz težine „greška“ (za CI)
    .all = Navodi i prihvaćene nalaze
    .accept = Prihvaća nalaze ovog odlomka (IDENTIFIKATOR ili IDENTIFIKATOR:PROVJERA za jednu provjeru) dok se odlomak ne promijeni; jedan jezik
    .format = Format izlaza: text ili json (zadano: text)
cli-derive = Zapisuje izvedene prijevode ([derive] u lockstep.toml) iz jezika iz kojih su izvedeni
    .items = Samo ovi izvedeni jezici i dokumenti (zadano: svi)
    .force = Prepisuje izvedenu datoteku koja je ručno mijenjana
    .dry-run = Prikazuje što bi bilo zapisano, a ne zapisuje ništa
    .format = Format izlaza: text ili json (zadano: text)
cli-paragraphs = Prikazuje kako lockstep čita datoteku: broj, vrstu, redak i tekst svakog odlomka
    .file = Datoteka koja se čita
    .format = Format izlaza: text ili json (zadano: text)

cli-heading-usage = Uporaba
cli-heading-commands = Naredbe
cli-heading-arguments = Argumenti
cli-heading-options = Opcije
cli-value-command = NAREDBA
cli-value-options = OPCIJE
cli-value-dir = MAPA
cli-value-seconds = SEKUNDE
cli-value-tag = OZNAKA
cli-value-when = KADA
cli-value-lang = JEZIK
cli-value-langs = JEZICI
cli-value-format = FORMAT
cli-value-id = IDENTIFIKATOR
cli-value-doc = DOKUMENT
cli-value-para = ODLOMAK
cli-value-source = IZVORNIK
cli-value-target = PRIJEVOD
cli-value-template = PREDLOŽAK
cli-value-file = DATOTEKA
cli-value-lang_or_doc = JEZIK|DOKUMENT

cli-error-invalid-value = neispravna vrijednost „{ $value }“ za { $arg } (moguće vrijednosti: { $valid })
cli-error-bad-value = neispravna vrijednost „{ $value }“ za { $arg }
cli-error-missing-value = { $arg } zahtijeva vrijednost
cli-error-unknown-argument = neočekivani argument „{ $arg }“
cli-error-unknown-command = nepoznata naredba „{ $command }“
cli-error-missing-argument = nedostaje obavezni argument: { $arg }
cli-error-sync-what = navedite odlomke koje potvrđujete (njihove identifikatore iz „lockstep status --paragraphs“) ili potvrdite sve s --all
cli-error-missing-command = potrebna je naredba
cli-error-conflict = { $arg } ne može se koristiti uz { $other }
cli-error-values = pogrešan broj vrijednosti za { $arg }
cli-error-other = naredbeni redak nije ispravan
cli-error-tip = jeste li mislili „{ $suggestion }“?
cli-error-help-hint = Za više informacija pogledajte „--help“.

## Greške. Prvo dolaze datoteka i redak, npr. „a.md:3:7: poruka“.

error-prefix = lockstep
error-not-found = datoteka nije pronađena
error-permission-denied = pristup je odbijen
error-is-directory = ovo je mapa, a ne datoteka
error-io = čitanje ili pisanje ove datoteke nije uspjelo
error-not-a-file = nije obična datoteka (cijev, uređaj ili utičnica): lockstep čita samo datoteke
error-not-a-directory = dio ove putanje je datoteka, a ne mapa
error-storage-full = na uređaju nema slobodnog prostora
error-quota-exceeded = diskovna kvota je prekoračena
error-read-only = datotečni sustav je samo za čitanje
error-file-too-large = datoteka je prevelika
error-io-reason = datoteka se ne može pročitati ni zapisati: { $reason }
error-utf16-without-bom = datoteka izgleda kao UTF-16 bez oznake redoslijeda bajtova (BOM); spremite je kao UTF-8 (ili UTF-16 s BOM-om)
error-invalid-utf8 = ovo nije ispravan UTF-8 tekst
error-project-not-found = nema datoteke lockstep.toml ni ovdje ni u nekoj mapi iznad (stvorite je naredbom „lockstep init“)
error-project-exists = lockstep.toml već postoji
error-toml-syntax = ovo nije ispravan TOML
error-unknown-key = nepoznati ključ „{ $key }“
error-missing-key = nedostaje ključ „{ $key }“
error-wrong-type = „{ $key }“ mora biti { $expected ->
        [string] niz znakova
        [array] popis
        [boolean] true ili false
       *[table] tablica
    }
error-bad-language-tag = „{ $tag }“ nije ispravna oznaka jezika (BCP 47, npr. bg, sr-Latn ili el)
error-duplicate-language = jezik „{ $tag }“ naveden je dvaput ili je to izvorni jezik
error-template-without-lang = predložak prijevoda „{ $path }“ ne sadrži {"{"}lang{"}"}
error-path-outside-project = putanja „{ $path }“ izlazi iz mape projekta
error-source-missing = izvorni dokument ne postoji
error-duplicate-file = datoteka „{ $path }“ u projektu se koristi dvaput
error-language-not-in-project = „{ $tag }“ nije među jezicima projekta
error-memory-damaged = datoteka memorije je oštećena: { $detail ->
        [header] prvi redak nije zaglavlje memorije programa lockstep
        [id] identifikator odlomka nedostaje ili se ne sastoji samo od slova i znamenaka
        [empty] zapis nema ni izvornik ni prijevod
        [duplicate-id] ovaj se identifikator pojavljuje dvaput
        [record] spremljena prijevodna jedinica ne može se pročitati
        [store] datoteke uvezene memorije ne odgovaraju jedna drugoj; ponovno uvezite TMX datoteke da biste je izgradili
        [checksum] sadržaj ne odgovara zapisanom kontrolnom zbroju; ponovno uvezite TMX datoteke da biste izgradili memoriju
        [owner] prvi redak navodi drugi dokument ili jezik: ovo nije memorija ove datoteke
       *[bead] ovaj redak nije ispravan zapis
    }
error-memory-version = ovu je memoriju zapisala novija inačica programa lockstep (format { $version })
error-unknown-language = „{ $tag }“ nije među jezicima projekta
error-unknown-bead = u ovom jeziku nema odlomka s identifikatorom „{ $id }“
error-ambiguous-bead = identifikator „{ $id }“ označava odlomke u više dokumenata; odaberite jedan s --document
error-unknown-paragraph = izvornik nema odlomak { $number }
error-paragraph-unchanged = odlomak { $number } izvornika nije mijenjan otkad je preveden: nema izmjene za potvrdu
error-edit-changes-words = odlomak { $number } izvornika: izmjena mijenja riječi ({ $words }); mala je izmjena ona koja ne traži novi prijevod (interpunkcija, velika slova, razmaci, tipfeler). Dodajte --force ako svi prijevodi i dalje vrijede
error-unknown-document = „{ $path }“ nije dokument projekta
error-document-required = projekt ima više dokumenata; odaberite jedan s --document
error-locked = drugo pokretanje lockstepa zapisuje u ovaj projekt: pokušajte ponovno kad završi (--wait SEKUNDE čeka dulje)
error-cannot-derive = „{ $tag }“ ne može se izvesti iz „{ $from }“: lockstep izvodi srpsku (ili bosansku) latinicu iz ćirilice, i to iz jezika koji ni sam nije izveden
error-glossary-language = „{ $tag }“ u prvom retku pojmovnika nije oznaka jezika; prvi redak navodi jezike stupaca, najprije izvorni jezik
error-glossary-source = prvi stupac pojmovnika je „{ $tag }“, a ne izvorni jezik projekta
error-glossary-columns = { $count ->
        [one] više ćelija nego što navodi prvi redak ({ $count } stupac)
        [few] više ćelija nego što navodi prvi redak ({ $count } stupca)
       *[other] više ćelija nego što navodi prvi redak ({ $count } stupaca)
    }
error-glossary-no-term = ovaj redak nema pojam na izvornom jeziku
error-accept-not-synced = odlomak „{ $id }“ još nije u memoriji: sinkronizirajte jezik prije nego što prihvatite njegove nalaze
error-accept-nothing = odlomak „{ $id }“ nema takav nalaz za prihvaćanje
error-accept-one-language = --accept radi u jednom jeziku: navedite ga (lockstep check LANG --accept ID)
error-unknown-check = „{ $check }“ nije naziv provjere (numbers, urls, code, markup, script, mixed-script, question-mark, quotes, ending, spaces, brackets, repeated-word, untranslated, length, glossary)
error-nothing-derived = u ovom projektu nijedan jezik nije izveden: navedite ga u lockstep.toml ([derive] "sr-Latn" = "sr-Cyrl")
error-not-derived = „{ $tag }“ nije izvedeni jezik
error-sync-derived = { $tag } izveden je iz { $from }: sinkronizirajte { $from }, a { $tag } će ga slijediti
error-import-derived = { $tag } izveden je iz { $from }: uvezite prijevod za { $from }, a { $tag } će ga slijediti
error-export-derived = { $tag } izveden je iz { $from }: izvezite { $from } za prevoditelje, a { $tag } će ga slijediti
error-derived-record = ovaj zapis izvedene datoteke je oštećen ili pripada drugom dokumentu ili jeziku: izbrišite ga i „lockstep derive“ će ga ponovno zapisati (ručna izmjena izvedene datoteke tada se više ne razlikuje od datoteke koja samo zaostaje)
error-report-page-in-the-way = ovdje ide stranica izvješća, a ovu datoteku nije zapisao lockstep: premjestite je ili navedite drugu datoteku izvješća s -o
waiting-for-lock = čeka se da drugo pokretanje lockstepa (proces { $pid }) završi; odustaje se nakon { $seconds } s…

## Stanja i tablice

state-current = ažurno
state-stale = zastarjelo
state-missing = neprevedeno
state-orphaned = bez izvornika
intent-omission = izostavljeno
intent-addition = dodano
confirm-omission = zapisano kao namjerni izostavak
confirm-addition = zapisano kao namjerni dodatak
percent = { $value } %
status-col-document = Dokument
status-col-language = Jezik
status-col-percent = Ažurnost
status-col-current = ažurni
status-col-stale = zastarjeli
status-col-missing = neprevedeni
status-col-orphaned = bez izvornika
status-not-started = { $lang }: { $path } još ne postoji: prevođenje nije započelo
status-not-synced = { $lang }: memorija još ne postoji; kad provjerite poravnanje, pokrenite „lockstep sync { $lang } --all“
warning-stray-memory = upozorenje: { $path } je memorija dokumenta i jezika kojih u projektu nema (preimenovan dokument ili uklonjen jezik?); lockstep je ne čita
status-total = { $lang }, svi dokumenti: { $percent } % ažurno; { $stale ->
        [one] { $stale } zastarjeli odlomak
        [few] { $stale } zastarjela odlomka
       *[other] { $stale } zastarjelih odlomaka
    }, { $missing ->
        [one] { $missing } neprevedeni
        [few] { $missing } neprevedena
       *[other] { $missing } neprevedenih
    }, { $orphaned } bez izvornika, u { $documents } od { $all ->
        [one] { $all } dokumenta
        [few] { $all } dokumenta
       *[other] { $all } dokumenata
    }
status-beads-heading = { $document } → { $lang } ({ $path })
status-by-source-heading = { $document }: izvorni odlomci koji nisu ažurni u svim jezicima
status-by-source-none = Svaki izvorni odlomak ažuran je u svim jezicima.
bead-place = ¶{ $source } → ¶{ $target }
bead-target-edited = (prijevod je u međuvremenu izmijenjen)

## Razlike

diff-heading = { $document } · { $id } · izvornik ¶{ $source } → prijevod ¶{ $target }
diff-source-label = Izvornik, izmjene otkad je preveden:
diff-source-new-label = Izvornik, nov od posljednje potvrde (još nije preveden):
diff-source-removed-label = Izvornik prema kojem je posljednji put potvrđen (više ga nema u izvorniku):
diff-intentional = { $what ->
        [omission] Namjerno izostavljen iz prijevoda (zabilježeno sa sync): ostaje ažuran dok se njegov izvornik ne promijeni.
       *[addition] Namjerno dodan u prijevod (zabilježeno sa sync): nema izvorni odlomak.
    }
diff-source-none-label = Izvornik: nema ga (ovaj odlomak prijevoda ne odgovara nijednom odlomku izvornika)
diff-target-label = Prijevod:
diff-target-edited-label = Prijevod (izmijenjen nakon izmjene izvornika):
diff-no-target = (nema prijevoda)
diff-none = Za { $lang } nema zastarjelih odlomaka.
diff-count = { $count ->
        [one] { $count } zastarjeli odlomak za { $lang }.
        [few] { $count } zastarjela odlomka za { $lang }.
       *[other] { $count } zastarjelih odlomaka za { $lang }.
    }

## Potvrđivanje, manje izmjene, stvaranje projekta

sync-done = { $lang }: { $count ->
        [one] potvrđen je { $count } odlomak
        [few] potvrđena su { $count } odlomka
       *[other] potvrđeno je { $count } odlomaka
    }, { $files ->
        [one] zapisana je { $files } datoteka memorije.
        [few] zapisane su { $files } datoteke memorije.
       *[other] zapisano je { $files } datoteka memorije.
    }
minor-done = Manja izmjena potvrđena je za { $languages ->
        [one] { $languages } jezik.
        [few] { $languages } jezika.
       *[other] { $languages } jezika.
    }
sync-dry-run = { $lang }: { $count ->
        [one] { $count } odlomak bio bi potvrđen
        [few] { $count } odlomka bila bi potvrđena
       *[other] { $count } odlomaka bilo bi potvrđeno
    } (proba: ništa nije zapisano).
minor-dry-run = Manja izmjena bila bi potvrđena u { $languages ->
        [one] { $languages } jeziku
        [few] { $languages } jezika
       *[other] { $languages } jezika
    } (proba: ništa nije zapisano).
init-done = Zapisan je { $path }; { $count ->
        [0] prijevoda još nema pa memorija nije zapisana.
        [one] memorija je zapisana za { $count } jezik: { $langs }.
        [few] memorija je zapisana za { $count } jezika: { $langs }.
       *[other] memorija je zapisana za { $count } jezika: { $langs }.
    }
init-respelled = { $given }: { $expected } ne postoji, ali { $path } je na istom jeziku: zapisan je kao { $tag }.
init-missing = { $lang }: { $path } još ne postoji; svi su odlomci neprevedeni dok se ne prevede.

## Odlomci i poravnanje

paragraphs-col-number = ¶
paragraphs-col-kind = Vrsta
paragraphs-col-line = Redak
paragraphs-col-text = Tekst
kind-heading = naslov
kind-paragraph = odlomak
kind-list_item = stavka popisa
kind-quote = citat
kind-table_cell = ćelija tablice
align-col-source = Izvornik ¶
align-col-target = Prijevod ¶
align-col-score = Ocjena
align-col-source-text = Izvornik
align-col-target-text = Prijevod
align-summary = { $beads ->
        [one] { $beads } par
        [few] { $beads } para
       *[other] { $beads } parova
    }, { $flagged ->
        [one] { $flagged } označen
        [few] { $flagged } označena
       *[other] { $flagged } označenih
    } s „!“ za pomniju provjeru (ocjena ispod 0,75).
align-omitted = (izostavljeno u prijevodu)
align-added = (dodano u prijevodu)

## Prijevodna memorija

cli-suggest = Prijedlozi iz prijevodne memorije za zastarjele i neprevedene odlomke ili za bilo koji tekst
    .lang = Jezik
    .ids = Samo ovi odlomci (identifikatori iz status --paragraphs)
    .text = Traži ovaj tekst umjesto odlomaka projekta
    .document = Samo ovaj dokument
    .max = Koliko podudaranja prikazati po odlomku (zadano: 3)
    .min-score = Najmanja sličnost u postocima (zadano: 70)
    .format = Format izlaza: text ili json (zadano: text)
cli-tm = Uvoz i izvoz prijevodnih memorija (TMX)
cli-tm-import = Uvozi TMX datoteke u prijevodnu memoriju projekta
    .files = TMX datoteke
cli-tm-export = Izvozi prijevodnu memoriju projekta u TMX datoteku
    .output = TMX datoteka koja se zapisuje
    .langs = Samo ovi ciljni jezici (zadano: svi)
cli-tm-verify = Provjera uvezene prijevodne memorije: svaka datoteka prema kontrolnom zbroju, svaka jedinica pročitana
cli-value-text = TEKST
cli-value-n = BROJ
cli-value-percent = POSTOTAK
suggest-heading = { $document } · { $id } · izvornik ¶{ $source } ({ $state })
suggest-match = { $score } · { $kind } · { $origin }
suggest-kind-context = raniji prijevod istog odlomka
suggest-kind-exact = potpuno podudaranje
suggest-kind-fuzzy = djelomično podudaranje
suggest-origin-memory = ovaj projekt, { $document }
suggest-no-match = (nema podudaranja)
suggest-nothing = Za { $lang } nema ničega za pretraživanje: nema zastarjelih ni neprevedenih odlomaka.
diff-suggestion-label = Prijevodna memorija:
tm-importing = Uvoz datoteke { $file }
tm-imported = { $units ->
        [one] Uvezena je { $units } jedinica
        [few] Uvezene su { $units } jedinice
       *[other] Uvezeno je { $units } jedinica
    } ({ $duplicates ->
        [one] { $duplicates } već je postojala
        [few] { $duplicates } već su postojale
       *[other] { $duplicates } već je postojalo
    }); uvezena memorija ukupno sadrži { $total }.
tm-skipped-unit = upozorenje: prijevodna jedinica je preskočena: njezin je tekst dulji od { $limit } MiB
tm-exported = { $units ->
        [one] { $units } jedinica zapisana je u { $path }.
        [few] { $units } jedinice zapisane su u { $path }.
       *[other] { $units } jedinica zapisano je u { $path }.
    }
tm-verified = { $units ->
        [one] Uvezena memorija je cijela: { $units } jedinica.
        [few] Uvezena memorija je cijela: { $units } jedinice.
       *[other] Uvezena memorija je cijela: { $units } jedinica.
    }
tmx-io = datoteka se ne može pročitati
tmx-bad-encoding = tekst nije ispravan u kodiranju datoteke
tmx-unknown-encoding = lockstep ne može čitati kodiranje „{ $encoding }“
tmx-malformed = XML nije ispravno oblikovan: { $problem ->
        [mismatched-end-tag] završna oznaka „{ $found }“ ne zatvara „{ $expected }“
        [unmatched-end-tag] završna oznaka „{ $found }“ ne zatvara nijedan element
        [unexpected-eof] datoteka završava unutar elementa
        [no-root-element] nema korijenskog elementa
        [unclosed-tag] oznaka nije zatvorena
        [unclosed-attribute-value] vrijednost atributa nije zatvorena
       *[markup] oznake su ovdje oštećene
    }
tmx-unknown-entity = entitet „{ $entity }“ nije među onima koje XML unaprijed definira; lockstep nikad ne razvija entitete
tmx-bad-char-ref = „{ $reference }“ ne označava nijedan znak
tmx-dtd-refused = odbijeno: dokument deklarira vlastite entitete ili DTD, koje lockstep nikad ne razvija
tmx-not-tmx = nije TMX dokument (korijenski element je „{ $element }“)
tmx-missing-lang = varijanta prijevoda nema jezik (xml:lang)
tmx-bad-lang = „{ $tag }“ nije oznaka jezika
tmx-missing-seg = varijanta prijevoda nema segment (seg)
tmx-no-variants = prijevodna jedinica nema varijanti
tmx-too-long = dio ove datoteke bez oznaka dulji je od { $limit } MiB: lockstep ne uvozi tako duge tekstove
exchange-title = { $project }: odlomci za prijevod na { $lang }
exchange-changed = Promijenjeno u izvorniku nakon prijevoda:
export-nothing = { $lang }: nema ničega za izvoz, svi su odlomci ažurni; datoteka nije zapisana.
export-done = { $count ->
        [one] { $count } odlomak za { $lang } zapisan u { $path }
        [few] { $count } odlomka za { $lang } zapisana u { $path }
       *[other] { $count } odlomaka za { $lang } zapisano u { $path }
    } (zastarjelo: { $stale }, neprevedeno: { $missing }).
import-done = { $lang }: { $written ->
        [one] { $written } odlomak zapisan i potvrđen
        [few] { $written } odlomka zapisana i potvrđena
       *[other] { $written } odlomaka zapisano i potvrđeno
    }, preskočeno: { $skipped }; { $files ->
        [one] zapisana je { $files } datoteka.
        [few] zapisane su { $files } datoteke.
       *[other] zapisano je { $files } datoteka.
    }
import-dry-run = { $lang }: { $written ->
        [one] { $written } odlomak bio bi zapisan i potvrđen
        [few] { $written } odlomka bila bi zapisana i potvrđena
       *[other] { $written } odlomaka bilo bi zapisano i potvrđeno
    }, preskočeno: { $skipped } (proba: ništa nije zapisano).
import-written = zapisano i potvrđeno (bilo je: { $state })
import-still-stale = zapisano, ali i dalje zastarjelo: izvornik je promijenjen nakon izvoza
import-skip-fuzzy = preskočeno: označeno kao nepouzdano (fuzzy)
import-skip-empty = preskočeno: nema prijevoda
import-skip-unchanged = preskočeno: to je već prijevod, i ažurno je
import-skip-not-done = preskočeno: i dalje označeno kao da traži prijevod, a tekst je onaj iz dokumenta ili kopija izvornika
import-skip-incomplete = preskočeno: podijeljeno na segmente, a jedan segment nema prijevod
import-skip-table-cell = preskočeno: nova ćelija tablice (novi redak ili stupac): dodajte je u tablicu ručno
import-skip-changed-since-export = preskočeno: prijevod u dokumentu promijenjen je nakon izvoza (izvezite ponovo, da se taj rad ne prepiše)
import-skip-source-removed = preskočeno: odlomak izvornika je uklonjen
import-skip-scattered = preskočeno: prijevod stoji na više mjesta u dokumentu
import-skip-would-not-fit = preskočeno: zapisan tu, tekst se ne bi pročitao kao isti odlomci (oznaka popisa ili naslova na početku?)
exchange-never-synced = { $lang } nikad nije sinkroniziran, pa bi svi odlomci bili neprevedeni: prvo potvrdite prijevod kakav jest (lockstep sync { $lang } --all)
exchange-po-syntax = redak koji nije ispravan PO
exchange-xml-syntax = XML nije ispravno oblikovan
exchange-not-ours = ovaj unos nije izvezao lockstep (ne navodi dokument i odlomak)
exchange-no-language = datoteka ne navodi svoj ciljni jezik: navedite ga s --lang
exchange-wrong-language = datoteka je za „{ $tag }“, a to nije jezik ovog projekta
exchange-wrong-source-language = datoteka prevodi s „{ $tag }“, a to nije izvorni jezik projekta
exchange-unknown-document = „{ $path }“ nije dokument ovog projekta
exchange-unknown-bead = u ovom dokumentu nema odlomka „{ $id }“: je li datoteka za drugi projekt, ili je odlomak uklonjen? (izvezite ponovo)
exchange-duplicate-entry = odlomak „{ $id }“ pojavljuje se dvaput u datoteci
exchange-inline-code = kôd <{ $element }> u prijevodu: lockstep je izvezao običan tekst i ne može ga smjestiti
exchange-changed-meanwhile = prijevod se promijenio dok ga je uvoz čitao: pokrenite uvoz ponovo
report-title = { $project }: prijevodi
report-made = Izradio lockstep { $date }. Izvorni jezik: { $lang }.
report-overview = Pregled
report-document = Dokument
report-totals = Svi dokumenti
report-only-open = Prikaži samo odlomke koji nisu ažurni
report-detail-title = { $document } → { $lang }
report-detail-empty = Svi su odlomci ažurni.
report-col-pair = Odlomak
report-col-source = Izvornik
report-col-translation = Prijevod
report-col-memory = Prijevodna memorija
report-no-source = (nema odlomka u izvorniku)
report-no-translation = (nema prijevoda)
report-diff = Promijenjeno nakon prijevoda:
report-cell = ažurno: { $current } · zastarjelo: { $stale } · neprevedeno: { $missing } · bez izvornika: { $orphaned }
report-not-started = nije započeto: neprevedeno { $missing }
report-confirmed = posljednji put potvrđeno { $date }
report-waiting = { $days ->
        [one] najstarije zastarjelo: potvrđeno prije { $days } dan
        [few] najstarije zastarjelo: potvrđeno prije { $days } dana
       *[other] najstarije zastarjelo: potvrđeno prije { $days } dana
    }
report-written = { $rows ->
        [one] Izvješće je zapisano u { $path } ({ $rows } odlomak usporedno).
        [few] Izvješće je zapisano u { $path } ({ $rows } odlomka usporedno).
       *[other] Izvješće je zapisano u { $path } ({ $rows } odlomaka usporedno).
    }
report-prev = prethodna stranica
report-next = sljedeća stranica
report-page = stranica { $page } od { $pages }
report-pages = { $pages ->
        [one] Odlomci su na još { $pages } stranici uz njega, da bi se svaka brzo otvarala u pregledniku.
        [few] Odlomci su na još { $pages } stranice uz njega, da bi se svaka brzo otvarala u pregledniku.
       *[other] Odlomci su na još { $pages } stranica uz njega, da bi se svaka brzo otvarala u pregledniku.
    }

## lockstep check: provjera prijevoda
check-error = greška
check-warning = upozorenje
check-accepted = prihvaćeno
check-source-at = izvornik: { $place }
check-summary = { $errors ->
        [one] { $errors } greška
        [few] { $errors } greške
       *[other] { $errors } grešaka
    }, { $warnings ->
        [one] { $warnings } upozorenje
        [few] { $warnings } upozorenja
       *[other] { $warnings } upozorenja
    } u { $beads ->
        [one] { $beads } provjerenom odlomku
        [few] { $beads } provjerena odlomka
       *[other] { $beads } provjerenih odlomaka
    }
check-accepted-hidden = { $count ->
        [one] { $count } prihvaćeni nalaz nije prikazan (--all ga prikazuje)
        [few] { $count } prihvaćena nalaza nisu prikazana (--all ih prikazuje)
       *[other] { $count } prihvaćenih nalaza nije prikazano (--all ih prikazuje)
    }
check-accept-done = { $lang } { $id }: prihvaćeno ({ $checks }) dok se odlomak ne promijeni
check-untranslated = prijevod je tekst izvornika, nepreveden
check-number-missing = broj „{ $number }“ iz izvornika nije u prijevodu
check-number-extra = broja „{ $number }“ nema u izvorniku
check-number-changed = broj „{ $number }“ iz izvornika ovdje glasi „{ $found }“
check-url-missing = poveznica ili adresa „{ $item }“ iz izvornika nije u prijevodu
check-url-extra = poveznice ili adrese „{ $item }“ nema u izvorniku
check-code-missing = kôd „{ $item }“ iz izvornika nije u prijevodu
check-code-extra = kôda „{ $item }“ nema u izvorniku
check-markup = { $what ->
        [links] poveznice
        [images] slike
        [emphasis] isticanja
       *[footnotes] pozivi na bilješke
    }: { $source } u izvorniku, { $target } u prijevodu
check-mixed-script = riječ „{ $word }“ miješa pisma: „{ $letters }“ je slovo drugog pisma
check-look-alike = riječ „{ $word }“ napisana je { $script ->
        [Latn] latiničnim
        [Cyrl] ćiriličnim
       *[Grek] grčkim
    } slovima koja nalikuju slovima ovog jezika
check-script = riječ „{ $word }“ napisana je { $script ->
        [Latn] latinicom
        [Cyrl] ćirilicom
       *[Grek] grčkim pismom
    }, a u izvorniku je nema (dopustite je u lockstep.toml: [check] allow)
check-question-mark = grčko pitanje završava s „;“, a ne s „?“
check-quotes = navodnik „{ $found }“ nije navodnik ovog jezika: { $expected }
check-quotes-unbalanced = navodnici { $quote } nisu upareni
check-ending = izvornik završava { $source ->
        [stop] točkom
        [question] upitnikom
        [exclamation] uskličnikom
        [pause] zarezom, dvotočkom ili točkom sa zarezom
       *[none] bez interpunkcije
    }, a prijevod { $target ->
        [stop] točkom
        [question] upitnikom
        [exclamation] uskličnikom
        [pause] zarezom, dvotočkom ili točkom sa zarezom
       *[none] bez interpunkcije
    }
check-marks = { $what ->
        [question] upitnici
       *[exclamation] uskličnici
    }: { $source } u izvorniku, { $target } u prijevodu
check-spaces-double = dva razmaka zaredom
check-spaces-before = razmak ispred „{ $mark }“
check-spaces-inside = razmak unutar „{ $mark }“
check-brackets = zagrada „{ $bracket }“ nema para
check-repeated-word = „{ $word }“ dvaput zaredom
check-length = duljina prijevoda iznosi { $ratio } očekivane prema izvorniku ({ $target } znakova umjesto otprilike { $expected })
check-glossary = u izvorniku je „{ $term }“, a u prijevodu nema nijednog oblika iz pojmovnika: „{ $expected }“

## lockstep derive: izvedeni prijevodi
derive-written = { $file }: zapisano prema { $parent } ({ $from })
derive-up-to-date = { $file }: ažurno u odnosu na { $parent }
derive-overwritten = { $file }: zapisano prema { $parent } ({ $from }); ručne izmjene od retka { $line } nadalje su prepisane
derive-edited = { $file }:{ $line }: ručno mijenjano otkad ga je lockstep izveo iz { $parent }; nije prepisano (--force ga prepisuje)
derive-no-parent = { $file }: nema se što izvesti, { $parent } ne postoji
derive-dry-run = Proba: ništa nije zapisano.
status-derived-edited = { $path }:{ $line }: { $lang } izveden je iz { $from } i ručno je mijenjan (lockstep derive --force ga prepisuje)
status-derived-behind = { $path }: { $lang } zaostaje za { $from }: pokrenite „lockstep derive“
