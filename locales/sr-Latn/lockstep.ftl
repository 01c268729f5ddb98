# lockstep — srpski (latinica). Napravljeno iz sr-Cyrl/lockstep.ftl skriptom
# locales/make-sr-latn.py: ne menjajte ovu datoteku, već sr-Cyrl, pa pokrenite skriptu.
# Generated from sr-Cyrl/lockstep.ftl by locales/make-sr-latn.py: do not edit.

## Pomoć za liniju naredbi

cli = Prati da li prevodi idu u korak sa izvornim dokumentom: koji prevedeni pasusi su zastareli, šta se promenilo i šta još treba potvrditi.
    .project = Fascikla projekta (podrazumevano: najbliža fascikla naviše koja sadrži lockstep.toml)
    .ui-lang = Jezik poruka programa lockstep, npr. bg, sr-Latn ili el
    .color = Kada koristiti boje: auto, always ili never (podrazumevano: auto; poštuje se NO_COLOR)
    .help = Prikazuje ovu pomoć
    .version = Prikazuje izdanje
    .wait = Koliko sekundi naredba koja zapisuje čeka drugo pokretanje lockstep-a (podrazumevano: 60)
cli-init = Pravi lockstep.toml za izvorni dokument i beleži njegove postojeće prevode u memoriju
    .source = Izvorni dokument
    .langs = Ciljni jezici, razdvojeni zarezima (oznake jezika po BCP 47, npr. bg,sr-Cyrl,el,hr)
    .source-lang = Izvorni jezik (podrazumevano: en)
    .translations = Gde su prevodi, sa {"{"}lang{"}"} umesto oznake jezika (podrazumevano: <naziv>.{"{"}lang{"}"}.<proširenje>)
cli-status = Prikazuje, po dokumentu i jeziku, koliko je pasusa ažurno, zastarelo, neprevedeno ili bez izvora
    .langs = Samo ovi jezici
    .check = Vraća izlazni kôd 1 ako nešto nije ažurno (za CI)
    .paragraphs = Navodi svaki pasus koji nije ažuran
    .by-source = Po jedan red za svaki izvorni pasus koji nije svuda ažuran, sa kolonom za svaki jezik
    .format = Format izlaza: text ili json (podrazumevano: text)
cli-diff = Prikazuje šta se promenilo u izvoru svakog zastarelog pasusa od njegovog prevođenja, uz prevod
    .lang = Jezik
    .ids = Samo ovi pasusi (identifikatori iz status --paragraphs)
    .document = Samo ovaj dokument
    .format = Format izlaza: text ili json (podrazumevano: text)
cli-sync = Potvrđuje da su pasusi prevedeni prema današnjem izvoru
    .lang = Jezik
    .ids = Pasusi koje treba potvrditi (identifikatori iz status --paragraphs)
    .all = Potvrđuje svaki pasus koji ima prevod
    .document = Samo ovaj dokument
    .dry-run = Prikazuje šta bi bilo potvrđeno, a ništa ne zapisuje
    .format = Format izlaza: text ili json (podrazumevano: text)
cli-export = Upisuje zastarele i neprevedene pasuse jednog jezika u jednu PO ili XLIFF datoteku za CAT alat
    .lang = Jezik
    .documents = Samo ovi dokumenti (podrazumevano: svi)
    .format = Format datoteke: po, xliff (1.2) ili xliff2 (2.1) (podrazumevano: po)
    .output = Datoteka u koju se upisuje (podrazumevano: standardni izlaz)
    .all = Svi pasusi, i ažurni
cli-import = Upisuje prevode iz PO ili XLIFF datoteke u prevedene dokumente i potvrđuje ih
    .file = PO ili XLIFF datoteka
    .lang = Jezik, za datoteku koja ne navodi svoj
    .dry-run = Prikazuje šta bi bilo upisano, a ne upisuje ništa
    .format = Format izlaza: text ili json (podrazumevano: text)
cli-report = Upisuje izveštaj koji se otvara u pregledaču: pregled svih dokumenata i jezika i svaki prevod uz izvor
    .langs = Samo ovi jezici (podrazumevano: svi)
    .output = HTML datoteka u koju se upisuje (podrazumevano: lockstep-report.html)
    .all = Svi pasusi uporedo, i ažurni (podrazumevano: oni koji nisu ažurni)
cli-minor = Beleži da današnja izmena ovih izvornih pasusa ne zahteva nov prevod, za svaki jezik čiji je prevod bio ažuran
    .paragraphs = Brojevi izvornih pasusa (iz paragraphs ili status --paragraphs)
    .document = Dokument (potreban kada projekat ima više dokumenata)
    .force = Potvrđuje i izmenu koja menja reči
    .dry-run = Prikazuje šta bi bilo potvrđeno, a ništa ne zapisuje
    .format = Format izlaza: text ili json (podrazumevano: text)
cli-align = Poravnava izvornu datoteku sa njenim prevodom, pasus po pasus
    .first = Izvorna datoteka ili jezik projekta
    .second = Datoteka prevoda (kada je prvi argument datoteka)
    .document = Dokument (uz jezik, kada projekat ima više dokumenata)
    .format = Format izlaza: text ili json (podrazumevano: text)
cli-check = Proverava u prevodima ono što mašina može da prepozna kao grešku: brojeve, veze, kod, pismo, interpunkciju, dužinu, termine iz rečnika
    .items = Samo ovi jezici i dokumenti (podrazumevano: svi)
    .check = Vraća izlazni kôd 1 ako ostane nalaz težine „greška“ (za CI)
    .all = Navodi i prihvaćene nalaze
    .accept = Prihvata nalaze ovog pasusa (IDENTIFIKATOR ili IDENTIFIKATOR:PROVERA za jednu proveru) dok se pasus ne promeni; jedan jezik
    .format = Format izlaza: text ili json (podrazumevano: text)
cli-derive = Upisuje izvedene prevode ([derive] u lockstep.toml) iz jezika iz kojih su izvedeni
    .items = Samo ovi izvedeni jezici i dokumenti (podrazumevano: svi)
    .force = Prepisuje izvedenu datoteku koja je ručno menjana
    .dry-run = Prikazuje šta bi bilo upisano, a ne upisuje ništa
    .format = Format izlaza: text ili json (podrazumevano: text)
cli-paragraphs = Prikazuje kako lockstep čita datoteku: broj, vrstu, red i tekst svakog pasusa
    .file = Datoteka koja se čita
    .format = Format izlaza: text ili json (podrazumevano: text)

cli-heading-usage = Upotreba
cli-heading-commands = Naredbe
cli-heading-arguments = Argumenti
cli-heading-options = Opcije
cli-value-command = NAREDBA
cli-value-options = OPCIJE
cli-value-dir = FASCIKLA
cli-value-seconds = SEKUNDE
cli-value-tag = OZNAKA
cli-value-when = KADA
cli-value-lang = JEZIK
cli-value-langs = JEZICI
cli-value-format = FORMAT
cli-value-id = IDENTIFIKATOR
cli-value-doc = DOKUMENT
cli-value-para = PASUS
cli-value-source = IZVOR
cli-value-target = PREVOD
cli-value-template = ŠABLON
cli-value-file = DATOTEKA
cli-value-lang_or_doc = JEZIK|DOKUMENT

cli-error-invalid-value = neispravna vrednost „{ $value }“ za { $arg } (moguće vrednosti: { $valid })
cli-error-bad-value = neispravna vrednost „{ $value }“ za { $arg }
cli-error-missing-value = { $arg } zahteva vrednost
cli-error-unknown-argument = neočekivan argument „{ $arg }“
cli-error-unknown-command = nepoznata naredba „{ $command }“
cli-error-missing-argument = nedostaje obavezan argument: { $arg }
cli-error-sync-what = navedite pasuse koje potvrđujete (njihove identifikatore iz „lockstep status --paragraphs“) ili potvrdite sve sa --all
cli-error-missing-command = potrebna je naredba
cli-error-conflict = { $arg } ne može da se koristi uz { $other }
cli-error-values = pogrešan broj vrednosti za { $arg }
cli-error-other = linija naredbi nije ispravna
cli-error-tip = da li ste mislili na „{ $suggestion }“?
cli-error-help-hint = Za više podataka pogledajte „--help“.

## Greške. Prvo dolaze datoteka i red, npr. „a.md:3:7: poruka“.

error-prefix = lockstep
error-not-found = datoteka nije pronađena
error-permission-denied = pristup je odbijen
error-is-directory = ovo je fascikla, a ne datoteka
error-io = čitanje ili pisanje ove datoteke nije uspelo
error-not-a-file = nije obična datoteka (cev, uređaj ili utičnica): lockstep čita samo datoteke
error-not-a-directory = deo ove putanje je datoteka, a ne fascikla
error-storage-full = na uređaju nema slobodnog prostora
error-quota-exceeded = diskovna kvota je prekoračena
error-read-only = sistem datoteka je samo za čitanje
error-file-too-large = datoteka je prevelika
error-io-reason = datoteka ne može da se pročita ili zapiše: { $reason }
error-utf16-without-bom = datoteka izgleda kao UTF-16 bez oznake redosleda bajtova (BOM); sačuvajte je kao UTF-8 (ili UTF-16 sa BOM)
error-invalid-utf8 = ovo nije ispravan UTF-8 tekst
error-project-not-found = nema lockstep.toml ni ovde ni u nekoj fascikli iznad (napravite ga naredbom „lockstep init“)
error-project-exists = lockstep.toml već postoji
error-toml-syntax = ovo nije ispravan TOML
error-unknown-key = nepoznat ključ „{ $key }“
error-missing-key = nedostaje ključ „{ $key }“
error-wrong-type = „{ $key }“ mora biti { $expected ->
        [string] niska
        [array] spisak
        [boolean] true ili false
       *[table] tabela
    }
error-bad-language-tag = „{ $tag }“ nije ispravna oznaka jezika (BCP 47, npr. bg, sr-Latn ili el)
error-duplicate-language = jezik „{ $tag }“ je naveden dvaput ili je to izvorni jezik
error-template-without-lang = šablon prevoda „{ $path }“ ne sadrži {"{"}lang{"}"}
error-path-outside-project = putanja „{ $path }“ izlazi iz fascikle projekta
error-source-missing = izvorni dokument ne postoji
error-duplicate-file = datoteka „{ $path }“ se u projektu koristi dvaput
error-language-not-in-project = „{ $tag }“ nije među jezicima projekta
error-memory-damaged = datoteka memorije je oštećena: { $detail ->
        [header] prvi red nije zaglavlje memorije programa lockstep
        [id] identifikator pasusa nedostaje ili se ne sastoji samo od slova i cifara
        [empty] zapis nema ni izvor ni prevod
        [duplicate-id] ovaj identifikator se pojavljuje dvaput
        [record] sačuvana prevodna jedinica ne može da se pročita
        [store] datoteke uvezene memorije ne odgovaraju jedna drugoj; ponovo uvezite TMX datoteke da biste je izgradili
        [checksum] sadržaj ne odgovara zapisanom kontrolnom zbiru; ponovo uvezite TMX datoteke da biste izgradili memoriju
        [owner] prvi red navodi drugi dokument ili jezik: ovo nije memorija ove datoteke
       *[bead] ovaj red nije ispravan zapis
    }
error-memory-version = ovu memoriju je zapisalo novije izdanje programa lockstep (format { $version })
error-unknown-language = „{ $tag }“ nije među jezicima projekta
error-unknown-bead = u ovom jeziku nema pasusa sa identifikatorom „{ $id }“
error-ambiguous-bead = identifikator „{ $id }“ označava pasuse u više dokumenata; izaberite jedan pomoću --document
error-unknown-paragraph = izvor nema pasus { $number }
error-paragraph-unchanged = pasus { $number } izvora nije menjan otkako je preveden: nema izmene za potvrdu
error-edit-changes-words = pasus { $number } izvora: izmena menja reči ({ $words }); mala izmena je ona koja ne traži nov prevod (interpunkcija, velika slova, razmaci, slovna greška). Dodajte --force ako svi prevodi i dalje važe
error-unknown-document = „{ $path }“ nije dokument projekta
error-document-required = projekat ima više dokumenata; izaberite jedan pomoću --document
error-locked = drugo pokretanje lockstep-a zapisuje u ovaj projekat: pokušajte ponovo kada završi (--wait SEKUNDE čeka duže)
error-cannot-derive = „{ $tag }“ ne može da se izvede iz „{ $from }“: lockstep izvodi srpsku (ili bosansku) latinicu iz ćirilice, i to iz jezika koji ni sam nije izveden
error-glossary-language = „{ $tag }“ u prvom redu rečnika nije oznaka jezika; prvi red navodi jezike kolona, prvo izvorni jezik
error-glossary-source = prva kolona rečnika je „{ $tag }“, a ne izvorni jezik projekta
error-glossary-columns = { $count ->
        [one] više ćelija nego što prvi red navodi ({ $count } kolona)
        [few] više ćelija nego što prvi red navodi ({ $count } kolone)
       *[other] više ćelija nego što prvi red navodi ({ $count } kolona)
    }
error-glossary-no-term = ovaj red nema termin na izvornom jeziku
error-accept-not-synced = pasus „{ $id }“ još nije u memoriji: sinhronizujte jezik pre nego što prihvatite njegove nalaze
error-accept-nothing = pasus „{ $id }“ nema takav nalaz za prihvatanje
error-accept-one-language = --accept radi u jednom jeziku: navedite ga (lockstep check LANG --accept ID)
error-unknown-check = „{ $check }“ nije naziv provere (numbers, urls, code, markup, script, mixed-script, question-mark, quotes, ending, spaces, brackets, repeated-word, untranslated, length, glossary)
error-nothing-derived = u ovom projektu nijedan jezik nije izveden: navedite ga u lockstep.toml ([derive] "sr-Latn" = "sr-Cyrl")
error-not-derived = „{ $tag }“ nije izveden jezik
error-sync-derived = { $tag } je izveden iz { $from }: sinhronizujte { $from }, a { $tag } će ga pratiti
error-import-derived = { $tag } je izveden iz { $from }: uvezite prevod na { $from }, a { $tag } će ga pratiti
error-export-derived = { $tag } je izveden iz { $from }: izvezite { $from } za prevodioce, a { $tag } će ga pratiti
error-derived-record = ovaj zapis izvedene datoteke je oštećen ili pripada drugom dokumentu ili jeziku: obrišite ga i „lockstep derive“ će ga ponovo upisati (ručna izmena izvedene datoteke se tada više ne razlikuje od datoteke koja samo zaostaje)
error-report-page-in-the-way = ovde ide strana izveštaja, a ovu datoteku nije upisao lockstep: pomerite je ili navedite drugu datoteku izveštaja sa -o
waiting-for-lock = čeka se da drugo pokretanje lockstep-a (proces { $pid }) završi; odustaje se posle { $seconds } s…

## Stanja i tabele

state-current = ažurno
state-stale = zastarelo
state-missing = neprevedeno
state-orphaned = bez izvora
intent-omission = izostavljeno
intent-addition = dodato
confirm-omission = zapisano kao namerno izostavljanje
confirm-addition = zapisano kao namerni dodatak
percent = { $value }%
status-col-document = Dokument
status-col-language = Jezik
status-col-percent = Ažurnost
status-col-current = ažurni
status-col-stale = zastareli
status-col-missing = neprevedeni
status-col-orphaned = bez izvora
status-not-started = { $lang }: { $path } još ne postoji: prevođenje nije počelo
status-not-synced = { $lang }: memorija još ne postoji; kada proverite poravnanje, pokrenite „lockstep sync { $lang } --all“
warning-stray-memory = upozorenje: { $path } je memorija dokumenta i jezika kojih u projektu nema (preimenovan dokument ili uklonjen jezik?); lockstep je ne čita
status-total = { $lang }, svi dokumenti: { $percent }% ažurno; { $stale ->
        [one] { $stale } zastareo pasus
        [few] { $stale } zastarela pasusa
       *[other] { $stale } zastarelih pasusa
    }, { $missing ->
        [one] { $missing } nepreveden
        [few] { $missing } neprevedena
       *[other] { $missing } neprevedenih
    }, { $orphaned } bez izvora, u { $documents } od { $all ->
        [one] { $all } dokumenta
        [few] { $all } dokumenta
       *[other] { $all } dokumenata
    }
status-beads-heading = { $document } → { $lang } ({ $path })
status-by-source-heading = { $document }: izvorni pasusi koji nisu ažurni u svim jezicima
status-by-source-none = Svaki izvorni pasus je ažuran u svim jezicima.
bead-place = ¶{ $source } → ¶{ $target }
bead-target-edited = (prevod je u međuvremenu izmenjen)

## Razlike

diff-heading = { $document } · { $id } · izvor ¶{ $source } → prevod ¶{ $target }
diff-source-label = Izvor, izmene od prevođenja:
diff-source-new-label = Izvor, nov od poslednje potvrde (još nije preveden):
diff-source-removed-label = Izvor prema kome je poslednji put potvrđen (više ga nema u izvoru):
diff-intentional = { $what ->
        [omission] Namerno izostavljen iz prevoda (zabeleženo sa sync): ostaje ažuran dok se njegov izvor ne promeni.
       *[addition] Namerno dodat u prevod (zabeleženo sa sync): nema izvorni pasus.
    }
diff-source-none-label = Izvor: nema ga (ovaj pasus prevoda ne odgovara nijednom pasusu izvora)
diff-target-label = Prevod:
diff-target-edited-label = Prevod (izmenjen nakon izmene izvora):
diff-no-target = (nema prevoda)
diff-none = Za { $lang } nema zastarelih pasusa.
diff-count = { $count ->
        [one] { $count } zastareo pasus za { $lang }.
        [few] { $count } zastarela pasusa za { $lang }.
       *[other] { $count } zastarelih pasusa za { $lang }.
    }

## Potvrđivanje, manje izmene, pravljenje projekta

sync-done = { $lang }: { $count ->
        [one] potvrđen je { $count } pasus
        [few] potvrđena su { $count } pasusa
       *[other] potvrđeno je { $count } pasusa
    }, { $files ->
        [one] zapisana je { $files } datoteka memorije.
        [few] zapisane su { $files } datoteke memorije.
       *[other] zapisano je { $files } datoteka memorije.
    }
minor-done = Manja izmena je potvrđena za { $languages ->
        [one] { $languages } jezik.
        [few] { $languages } jezika.
       *[other] { $languages } jezika.
    }
sync-dry-run = { $lang }: { $count ->
        [one] { $count } pasus bi bio potvrđen
        [few] { $count } pasusa bi bila potvrđena
       *[other] { $count } pasusa bi bilo potvrđeno
    } (proba: ništa nije zapisano).
minor-dry-run = Manja izmena bi bila potvrđena u { $languages ->
        [one] { $languages } jeziku
        [few] { $languages } jezika
       *[other] { $languages } jezika
    } (proba: ništa nije zapisano).
init-done = Zapisan je { $path }; { $count ->
        [0] prevoda još nema, pa memorija nije zapisana.
        [one] memorija je zapisana za { $count } jezik: { $langs }.
        [few] memorija je zapisana za { $count } jezika: { $langs }.
       *[other] memorija je zapisana za { $count } jezika: { $langs }.
    }
init-respelled = { $given }: { $expected } ne postoji, ali { $path } je na istom jeziku: zapisan je kao { $tag }.
init-missing = { $lang }: { $path } još ne postoji; svi pasusi su neprevedeni dok se ne prevede.

## Pasusi i poravnanje

paragraphs-col-number = ¶
paragraphs-col-kind = Vrsta
paragraphs-col-line = Red
paragraphs-col-text = Tekst
kind-heading = naslov
kind-paragraph = pasus
kind-list_item = stavka spiska
kind-quote = citat
kind-table_cell = ćelija tabele
align-col-source = Izvor ¶
align-col-target = Prevod ¶
align-col-score = Ocena
align-col-source-text = Izvor
align-col-target-text = Prevod
align-summary = { $beads ->
        [one] { $beads } par
        [few] { $beads } para
       *[other] { $beads } parova
    }, { $flagged ->
        [one] { $flagged } označen
        [few] { $flagged } označena
       *[other] { $flagged } označenih
    } sa „!“ za pažljiviju proveru (ocena ispod 0,75).
align-omitted = (izostavljeno u prevodu)
align-added = (dodato u prevodu)

## Prevodilačka memorija

cli-suggest = Predlozi iz prevodilačke memorije za zastarele i neprevedene pasuse ili za bilo koji tekst
    .lang = Jezik
    .ids = Samo ovi pasusi (identifikatori iz status --paragraphs)
    .text = Pretraži ovaj tekst umesto pasusa projekta
    .document = Samo ovaj dokument
    .max = Koliko poklapanja da se prikaže po pasusu (podrazumevano: 3)
    .min-score = Najmanja sličnost u procentima (podrazumevano: 70)
    .format = Format izlaza: text ili json (podrazumevano: text)
cli-tm = Uvoz i izvoz prevodilačkih memorija (TMX)
cli-tm-import = Uvozi TMX datoteke u prevodilačku memoriju projekta
    .files = TMX datoteke
cli-tm-export = Izvozi prevodilačku memoriju projekta u TMX datoteku
    .output = TMX datoteka koja se zapisuje
    .langs = Samo ovi ciljni jezici (podrazumevano: svi)
cli-tm-verify = Provera uvezene prevodne memorije: svaka datoteka prema kontrolnom zbiru, svaka jedinica pročitana
cli-value-text = TEKST
cli-value-n = BROJ
cli-value-percent = PROCENAT
suggest-heading = { $document } · { $id } · izvor ¶{ $source } ({ $state })
suggest-match = { $score } · { $kind } · { $origin }
suggest-kind-context = raniji prevod istog pasusa
suggest-kind-exact = potpuno poklapanje
suggest-kind-fuzzy = delimično poklapanje
suggest-origin-memory = ovaj projekat, { $document }
suggest-no-match = (nema poklapanja)
suggest-nothing = Za { $lang } nema šta da se traži: nema zastarelih ni neprevedenih pasusa.
diff-suggestion-label = Prevodilačka memorija:
tm-importing = Uvoz datoteke { $file }
tm-imported = { $units ->
        [one] Uvezena je { $units } jedinica
        [few] Uvezene su { $units } jedinice
       *[other] Uvezeno je { $units } jedinica
    } ({ $duplicates ->
        [one] { $duplicates } je već postojala
        [few] { $duplicates } su već postojale
       *[other] { $duplicates } je već postojalo
    }); uvezena memorija ukupno sadrži { $total }.
tm-skipped-unit = upozorenje: prevodna jedinica je preskočena: njen tekst je duži od { $limit } MiB
tm-exported = { $units ->
        [one] { $units } jedinica je zapisana u { $path }.
        [few] { $units } jedinice su zapisane u { $path }.
       *[other] { $units } jedinica je zapisano u { $path }.
    }
tm-verified = { $units ->
        [one] Uvezena memorija je cela: { $units } jedinica.
        [few] Uvezena memorija je cela: { $units } jedinice.
       *[other] Uvezena memorija je cela: { $units } jedinica.
    }
tmx-io = datoteka ne može da se pročita
tmx-bad-encoding = tekst nije ispravan u kodiranju datoteke
tmx-unknown-encoding = lockstep ne može da čita kodiranje „{ $encoding }“
tmx-malformed = XML nije ispravno oblikovan: { $problem ->
        [mismatched-end-tag] završna oznaka „{ $found }“ ne zatvara „{ $expected }“
        [unmatched-end-tag] završna oznaka „{ $found }“ ne zatvara nijedan element
        [unexpected-eof] datoteka se završava unutar elementa
        [no-root-element] nema korenskog elementa
        [unclosed-tag] oznaka nije zatvorena
        [unclosed-attribute-value] vrednost atributa nije zatvorena
       *[markup] oznake su ovde oštećene
    }
tmx-unknown-entity = entitet „{ $entity }“ nije među onima koje XML unapred definiše; lockstep nikada ne razvija entitete
tmx-bad-char-ref = „{ $reference }“ ne označava nijedan znak
tmx-dtd-refused = odbijeno: dokument deklariše sopstvene entitete ili DTD, koje lockstep nikada ne razvija
tmx-not-tmx = nije TMX dokument (korenski element je „{ $element }“)
tmx-missing-lang = varijanta prevoda nema jezik (xml:lang)
tmx-bad-lang = „{ $tag }“ nije oznaka jezika
tmx-missing-seg = varijanta prevoda nema segment (seg)
tmx-no-variants = prevodna jedinica nema varijanti
tmx-too-long = deo ove datoteke bez oznaka duži je od { $limit } MiB: lockstep ne uvozi tako duge tekstove
exchange-title = { $project }: pasusi za prevod na { $lang }
exchange-changed = Izmenjeno u izvoru posle prevoda:
export-nothing = { $lang }: nema šta da se izveze, svi pasusi su ažurni; datoteka nije upisana.
export-done = { $count ->
        [one] { $count } pasus za { $lang } upisan u { $path }
        [few] { $count } pasusa za { $lang } upisana u { $path }
       *[other] { $count } pasusa za { $lang } upisano u { $path }
    } (zastarelo: { $stale }, neprevedeno: { $missing }).
import-done = { $lang }: { $written ->
        [one] { $written } pasus upisan i potvrđen
        [few] { $written } pasusa upisana i potvrđena
       *[other] { $written } pasusa upisano i potvrđeno
    }, preskočeno: { $skipped }; { $files ->
        [one] upisana je { $files } datoteka.
        [few] upisane su { $files } datoteke.
       *[other] upisano je { $files } datoteka.
    }
import-dry-run = { $lang }: { $written ->
        [one] { $written } pasus bio bi upisan i potvrđen
        [few] { $written } pasusa bila bi upisana i potvrđena
       *[other] { $written } pasusa bilo bi upisano i potvrđeno
    }, preskočeno: { $skipped } (proba: ništa nije upisano).
import-written = upisano i potvrđeno (bilo je: { $state })
import-still-stale = upisano, ali i dalje zastarelo: izvor je izmenjen posle izvoza
import-skip-fuzzy = preskočeno: označeno kao nepouzdano (fuzzy)
import-skip-empty = preskočeno: nema prevoda
import-skip-unchanged = preskočeno: to je već prevod, i ažurno je
import-skip-not-done = preskočeno: i dalje označeno kao da traži prevod, a tekst je onaj iz dokumenta ili kopija izvora
import-skip-incomplete = preskočeno: podeljeno na segmente, a jedan segment nema prevod
import-skip-table-cell = preskočeno: nova ćelija tabele (novi red ili kolona): dodajte je u tabelu ručno
import-skip-changed-since-export = preskočeno: prevod u dokumentu je izmenjen posle izvoza (izvezite ponovo, da se taj rad ne prepiše)
import-skip-source-removed = preskočeno: pasus izvora je uklonjen
import-skip-scattered = preskočeno: prevod stoji na više mesta u dokumentu
import-skip-would-not-fit = preskočeno: upisan tu, tekst se ne bi pročitao kao isti pasusi (oznaka spiska ili naslova na početku?)
exchange-never-synced = { $lang } nikada nije sinhronizovan, pa bi svi pasusi bili neprevedeni: prvo potvrdite prevod kakav jeste (lockstep sync { $lang } --all)
exchange-po-syntax = red koji nije ispravan PO
exchange-xml-syntax = XML nije ispravno oblikovan
exchange-not-ours = ovaj unos nije izvezao lockstep (ne navodi dokument i pasus)
exchange-no-language = datoteka ne navodi svoj ciljni jezik: navedite ga sa --lang
exchange-wrong-language = datoteka je za „{ $tag }“, a to nije jezik ovog projekta
exchange-wrong-source-language = datoteka prevodi sa „{ $tag }“, a to nije izvorni jezik projekta
exchange-unknown-document = „{ $path }“ nije dokument ovog projekta
exchange-unknown-bead = u ovom dokumentu nema pasusa „{ $id }“: da li je datoteka za drugi projekat, ili je pasus uklonjen? (izvezite ponovo)
exchange-duplicate-entry = pasus „{ $id }“ se javlja dvaput u datoteci
exchange-inline-code = kod <{ $element }> u prevodu: lockstep je izvezao običan tekst i ne može da ga smesti
exchange-changed-meanwhile = prevod se promenio dok ga je uvoz čitao: pokrenite uvoz ponovo
report-title = { $project }: prevodi
report-made = Napravio lockstep { $date }. Izvorni jezik: { $lang }.
report-overview = Pregled
report-document = Dokument
report-totals = Svi dokumenti
report-only-open = Prikaži samo pasuse koji nisu ažurni
report-detail-title = { $document } → { $lang }
report-detail-empty = Svi pasusi su ažurni.
report-col-pair = Pasus
report-col-source = Izvor
report-col-translation = Prevod
report-col-memory = Prevodilačka memorija
report-no-source = (nema pasusa u izvoru)
report-no-translation = (nema prevoda)
report-diff = Izmenjeno posle prevoda:
report-cell = ažurno: { $current } · zastarelo: { $stale } · neprevedeno: { $missing } · bez izvora: { $orphaned }
report-not-started = nije započeto: neprevedeno { $missing }
report-confirmed = poslednji put potvrđeno { $date }
report-waiting = { $days ->
        [one] najstarije zastarelo: potvrđeno pre { $days } dan
        [few] najstarije zastarelo: potvrđeno pre { $days } dana
       *[other] najstarije zastarelo: potvrđeno pre { $days } dana
    }
report-written = { $rows ->
        [one] Izveštaj je upisan u { $path } ({ $rows } pasus uporedo).
        [few] Izveštaj je upisan u { $path } ({ $rows } pasusa uporedo).
       *[other] Izveštaj je upisan u { $path } ({ $rows } pasusa uporedo).
    }
report-prev = prethodna strana
report-next = sledeća strana
report-page = strana { $page } od { $pages }
report-pages = { $pages ->
        [one] Pasusi su na još { $pages } strani uz njega, da bi se svaka brzo otvarala u pregledaču.
        [few] Pasusi su na još { $pages } strane uz njega, da bi se svaka brzo otvarala u pregledaču.
       *[other] Pasusi su na još { $pages } strana uz njega, da bi se svaka brzo otvarala u pregledaču.
    }

## lockstep check: provera prevoda
check-error = greška
check-warning = upozorenje
check-accepted = prihvaćeno
check-source-at = izvor: { $place }
check-summary = { $errors ->
        [one] { $errors } greška
        [few] { $errors } greške
       *[other] { $errors } grešaka
    }, { $warnings ->
        [one] { $warnings } upozorenje
        [few] { $warnings } upozorenja
       *[other] { $warnings } upozorenja
    } u { $beads ->
        [one] { $beads } proverenom pasusu
        [few] { $beads } proverena pasusa
       *[other] { $beads } proverenih pasusa
    }
check-accepted-hidden = { $count ->
        [one] { $count } prihvaćen nalaz nije prikazan (--all ga prikazuje)
        [few] { $count } prihvaćena nalaza nisu prikazana (--all ih prikazuje)
       *[other] { $count } prihvaćenih nalaza nije prikazano (--all ih prikazuje)
    }
check-accept-done = { $lang } { $id }: prihvaćeno ({ $checks }) dok se pasus ne promeni
check-untranslated = prevod je tekst izvora, nepreveden
check-number-missing = broj „{ $number }“ iz izvora nije u prevodu
check-number-extra = broja „{ $number }“ nema u izvoru
check-number-changed = broj „{ $number }“ iz izvora ovde glasi „{ $found }“
check-url-missing = veza ili adresa „{ $item }“ iz izvora nije u prevodu
check-url-extra = veze ili adrese „{ $item }“ nema u izvoru
check-code-missing = kod „{ $item }“ iz izvora nije u prevodu
check-code-extra = koda „{ $item }“ nema u izvoru
check-markup = { $what ->
        [links] veze
        [images] slike
        [emphasis] isticanja
       *[footnotes] pozivi na fusnote
    }: { $source } u izvoru, { $target } u prevodu
check-mixed-script = reč „{ $word }“ meša pisma: „{ $letters }“ je slovo drugog pisma
check-look-alike = reč „{ $word }“ napisana je { $script ->
        [Latn] latiničnim
        [Cyrl] ćiriličnim
       *[Grek] grčkim
    } slovima koja liče na slova ovog jezika
check-script = reč „{ $word }“ napisana je { $script ->
        [Latn] latinicom
        [Cyrl] ćirilicom
       *[Grek] grčkim pismom
    }, a u izvoru je nema (dozvolite je u lockstep.toml: [check] allow)
check-question-mark = grčko pitanje se završava sa „;“, a ne sa „?“
check-quotes = navodnik „{ $found }“ nije navodnik ovog jezika: { $expected }
check-quotes-unbalanced = navodnici { $quote } nisu upareni
check-ending = izvor se završava { $source ->
        [stop] tačkom
        [question] upitnikom
        [exclamation] uzvičnikom
        [pause] zarezom, dvotačkom ili tačkom i zarezom
       *[none] bez interpunkcije
    }, a prevod { $target ->
        [stop] tačkom
        [question] upitnikom
        [exclamation] uzvičnikom
        [pause] zarezom, dvotačkom ili tačkom i zarezom
       *[none] bez interpunkcije
    }
check-marks = { $what ->
        [question] upitnici
       *[exclamation] uzvičnici
    }: { $source } u izvoru, { $target } u prevodu
check-spaces-double = dva razmaka zaredom
check-spaces-before = razmak ispred „{ $mark }“
check-spaces-inside = razmak unutar „{ $mark }“
check-brackets = zagrada „{ $bracket }“ nema par
check-repeated-word = „{ $word }“ dvaput zaredom
check-length = dužina prevoda je { $ratio } od očekivane prema izvoru ({ $target } znakova umesto oko { $expected })
check-glossary = u izvoru je „{ $term }“, a u prevodu nema nijednog oblika iz rečnika: „{ $expected }“

## lockstep derive: izvedeni prevodi
derive-written = { $file }: upisano prema { $parent } ({ $from })
derive-up-to-date = { $file }: ažurno u odnosu na { $parent }
derive-overwritten = { $file }: upisano prema { $parent } ({ $from }); ručne izmene od reda { $line } nadalje su prepisane
derive-edited = { $file }:{ $line }: ručno menjano otkako ga je lockstep izveo iz { $parent }; nije prepisano (--force ga prepisuje)
derive-no-parent = { $file }: nema šta da se izvede, { $parent } ne postoji
derive-dry-run = Proba: ništa nije upisano.
status-derived-edited = { $path }:{ $line }: { $lang } je izveden iz { $from } i ručno je menjan (lockstep derive --force ga prepisuje)
status-derived-behind = { $path }: { $lang } zaostaje za { $from }: pokrenite „lockstep derive“
