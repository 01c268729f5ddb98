# lockstep — ελληνικά. Το γλωσσάριο των όρων βρίσκεται στο locales/README.md.
# Στα ελληνικά το «;» είναι ερωτηματικό: για άνω τελεία γράφουμε «·».

## Βοήθεια της γραμμής εντολών

cli = Παρακολουθεί αν οι μεταφράσεις συμβαδίζουν με το πρωτότυπο έγγραφο: ποιες μεταφρασμένες παράγραφοι είναι παρωχημένες, τι άλλαξε και τι μένει να επιβεβαιωθεί.
    .project = Ο φάκελος του έργου (προεπιλογή: ο πλησιέστερος φάκελος προς τα πάνω που περιέχει το lockstep.toml)
    .ui-lang = Η γλώσσα των μηνυμάτων του lockstep, π.χ. bg, sr-Latn ή el
    .color = Πότε χρησιμοποιούνται χρώματα: auto, always ή never (προεπιλογή: auto· λαμβάνεται υπόψη το NO_COLOR)
    .help = Εμφάνιση αυτής της βοήθειας
    .version = Εμφάνιση της έκδοσης
    .wait = Πόσα δευτερόλεπτα περιμένει μια εντολή που γράφει άλλη εκτέλεση του lockstep (προεπιλογή: 60)
cli-init = Δημιουργία του lockstep.toml για ένα πρωτότυπο έγγραφο και καταγραφή των υπαρχουσών μεταφράσεών του στη μνήμη
    .source = Το πρωτότυπο έγγραφο
    .langs = Οι γλώσσες-στόχοι, χωρισμένες με κόμματα (ετικέτες γλώσσας BCP 47, π.χ. bg,sr-Cyrl,el,hr)
    .source-lang = Η γλώσσα του πρωτοτύπου (προεπιλογή: en)
    .translations = Πού βρίσκονται οι μεταφράσεις, με {"{"}lang{"}"} στη θέση της ετικέτας γλώσσας (προεπιλογή: <όνομα>.{"{"}lang{"}"}.<κατάληξη>)
cli-status = Εμφάνιση, ανά έγγραφο και γλώσσα, του πλήθους των ενημερωμένων, παρωχημένων, αμετάφραστων και ορφανών παραγράφων
    .langs = Μόνο αυτές οι γλώσσες
    .check = Έξοδος με κωδικό 1 αν κάτι δεν είναι ενημερωμένο (για CI)
    .paragraphs = Λίστα με κάθε παράγραφο που δεν είναι ενημερωμένη
    .format = Μορφή εξόδου: text ή json (προεπιλογή: text)
cli-diff = Εμφάνιση των αλλαγών στο πρωτότυπο κάθε παρωχημένης παραγράφου από τη μετάφρασή της και μετά, δίπλα στη μετάφραση
    .lang = Η γλώσσα
    .ids = Μόνο αυτές οι παράγραφοι (αναγνωριστικά από το status --paragraphs)
    .document = Μόνο αυτό το έγγραφο
    .format = Μορφή εξόδου: text ή json (προεπιλογή: text)
cli-sync = Επιβεβαίωση ότι οι παράγραφοι είναι μεταφρασμένες σύμφωνα με το σημερινό πρωτότυπο
    .lang = Η γλώσσα
    .ids = Οι παράγραφοι προς επιβεβαίωση (αναγνωριστικά από το status --paragraphs)
    .all = Επιβεβαίωση κάθε παραγράφου που έχει μετάφραση
    .document = Μόνο αυτό το έγγραφο
    .dry-run = Δείχνει τι θα επιβεβαιωνόταν, χωρίς να γράψει τίποτα
    .format = Μορφή εξόδου: text ή json (προεπιλογή: text)
cli-export = Εγγραφή των παρωχημένων και αμετάφραστων παραγράφων μιας γλώσσας σε ένα αρχείο PO ή XLIFF για εργαλείο CAT
    .lang = Η γλώσσα
    .documents = Μόνο αυτά τα έγγραφα (προεπιλογή: όλα)
    .format = Μορφή αρχείου: po, xliff (1.2) ή xliff2 (2.1) (προεπιλογή: po)
    .output = Το αρχείο προς εγγραφή (προεπιλογή: η τυπική έξοδος)
    .all = Όλες οι παράγραφοι, και οι ενημερωμένες
cli-import = Εγγραφή των μεταφράσεων ενός αρχείου PO ή XLIFF στα μεταφρασμένα έγγραφα και επιβεβαίωσή τους
    .file = Το αρχείο PO ή XLIFF
    .lang = Η γλώσσα, για αρχείο που δεν δηλώνει τη δική του
    .dry-run = Εμφάνιση όσων θα γράφονταν, χωρίς εγγραφή
    .format = Μορφή εξόδου: text ή json (προεπιλογή: text)
cli-report = Εγγραφή αναφοράς που ανοίγει σε πρόγραμμα περιήγησης: επισκόπηση όλων των εγγράφων και γλωσσών και κάθε μετάφραση δίπλα στο πρωτότυπο
    .langs = Μόνο αυτές οι γλώσσες (προεπιλογή: όλες)
    .output = Το αρχείο HTML προς εγγραφή (προεπιλογή: lockstep-report.html)
    .all = Όλες οι παράγραφοι δίπλα-δίπλα, και οι ενημερωμένες (προεπιλογή: όσες δεν είναι ενημερωμένες)
cli-minor = Καταγραφή ότι η σημερινή αλλαγή αυτών των παραγράφων του πρωτοτύπου δεν χρειάζεται νέα μετάφραση, σε κάθε γλώσσα που ήταν ενημερωμένη
    .paragraphs = Αριθμοί παραγράφων του πρωτοτύπου (από το paragraphs ή το status --paragraphs)
    .document = Το έγγραφο (απαιτείται όταν το έργο έχει πολλά έγγραφα)
    .force = Επιβεβαιώνει ακόμη και αλλαγή που αλλάζει λέξεις
    .dry-run = Δείχνει τι θα επιβεβαιωνόταν, χωρίς να γράψει τίποτα
    .format = Μορφή εξόδου: text ή json (προεπιλογή: text)
cli-align = Στοίχιση ενός αρχείου πρωτοτύπου με τη μετάφρασή του, παράγραφο προς παράγραφο
    .first = Το αρχείο του πρωτοτύπου ή μια γλώσσα του έργου
    .second = Το αρχείο της μετάφρασης (όταν το πρώτο όρισμα είναι αρχείο)
    .document = Το έγγραφο (μαζί με γλώσσα, όταν το έργο έχει πολλά έγγραφα)
    .format = Μορφή εξόδου: text ή json (προεπιλογή: text)
cli-check = Έλεγχος των μεταφράσεων για ό,τι μια μηχανή μπορεί να δει ότι είναι λάθος: αριθμοί, σύνδεσμοι, κώδικας, γραφές, στίξη, μήκος, όροι του γλωσσαρίου
    .items = Μόνο αυτές οι γλώσσες και αυτά τα έγγραφα (προεπιλογή: όλα)
    .check = Έξοδος με κωδικό 1 αν μένει εύρημα σοβαρότητας «σφάλμα» (για CI)
    .all = Εμφάνιση και των αποδεκτών ευρημάτων
    .accept = Αποδοχή των ευρημάτων αυτής της παραγράφου (ΑΝΑΓΝΩΡΙΣΤΙΚΟ ή ΑΝΑΓΝΩΡΙΣΤΙΚΟ:ΕΛΕΓΧΟΣ για έναν έλεγχο) μέχρι να αλλάξει· μία γλώσσα
    .format = Μορφή εξόδου: text ή json (προεπιλογή: text)
cli-derive = Εγγραφή των παράγωγων μεταφράσεων ([derive] στο lockstep.toml) από τις γλώσσες από τις οποίες παράγονται
    .items = Μόνο αυτές οι παράγωγες γλώσσες και αυτά τα έγγραφα (προεπιλογή: όλα)
    .force = Αντικατάσταση παράγωγου αρχείου που άλλαξε με το χέρι
    .dry-run = Δείχνει τι θα γραφόταν, χωρίς να γράψει τίποτα
    .format = Μορφή εξόδου: text ή json (προεπιλογή: text)
cli-paragraphs = Εμφάνιση του τρόπου με τον οποίο το lockstep διαβάζει ένα αρχείο: αριθμός, είδος, γραμμή και κείμενο κάθε παραγράφου
    .file = Το αρχείο προς ανάγνωση
    .format = Μορφή εξόδου: text ή json (προεπιλογή: text)

cli-heading-usage = Χρήση
cli-heading-commands = Εντολές
cli-heading-arguments = Ορίσματα
cli-heading-options = Επιλογές
cli-value-command = ΕΝΤΟΛΗ
cli-value-options = ΕΠΙΛΟΓΕΣ
cli-value-dir = ΦΑΚΕΛΟΣ
cli-value-seconds = ΔΕΥΤΕΡΟΛΕΠΤΑ
cli-value-tag = ΕΤΙΚΕΤΑ
cli-value-when = ΠΟΤΕ
cli-value-lang = ΓΛΩΣΣΑ
cli-value-langs = ΓΛΩΣΣΕΣ
cli-value-format = ΜΟΡΦΗ
cli-value-id = ΑΝΑΓΝΩΡΙΣΤΙΚΟ
cli-value-doc = ΕΓΓΡΑΦΟ
cli-value-para = ΠΑΡΑΓΡΑΦΟΣ
cli-value-source = ΠΡΩΤΟΤΥΠΟ
cli-value-target = ΜΕΤΑΦΡΑΣΗ
cli-value-template = ΠΡΟΤΥΠΟ
cli-value-file = ΑΡΧΕΙΟ
cli-value-lang_or_doc = ΓΛΩΣΣΑ|ΕΓΓΡΑΦΟ

cli-error-invalid-value = μη έγκυρη τιμή «{ $value }» για το { $arg } (δυνατές τιμές: { $valid })
cli-error-bad-value = μη έγκυρη τιμή «{ $value }» για το { $arg }
cli-error-missing-value = το { $arg } χρειάζεται μια τιμή
cli-error-unknown-argument = απροσδόκητο όρισμα «{ $arg }»
cli-error-unknown-command = άγνωστη εντολή «{ $command }»
cli-error-missing-argument = λείπει ένα υποχρεωτικό όρισμα: { $arg }
cli-error-sync-what = ορίστε τις παραγράφους προς επιβεβαίωση (τα αναγνωριστικά τους από το «lockstep status --paragraphs») ή επιβεβαιώστε όλες με --all
cli-error-missing-command = απαιτείται μια εντολή
cli-error-conflict = το { $arg } δεν μπορεί να χρησιμοποιηθεί μαζί με το { $other }
cli-error-values = λάθος πλήθος τιμών για το { $arg }
cli-error-other = η γραμμή εντολών δεν είναι έγκυρη
cli-error-tip = μήπως εννοούσατε «{ $suggestion }»;
cli-error-help-hint = Για περισσότερες πληροφορίες, δοκιμάστε «--help».

## Σφάλματα. Πρώτα το αρχείο και η γραμμή, π.χ. «a.md:3:7: μήνυμα».

error-prefix = lockstep
error-not-found = το αρχείο δεν βρέθηκε
error-permission-denied = δεν επιτρέπεται η πρόσβαση
error-is-directory = είναι φάκελος, όχι αρχείο
error-io = δεν είναι δυνατή η ανάγνωση ή η εγγραφή αυτού του αρχείου
error-not-a-file = δεν είναι κανονικό αρχείο (σωλήνωση, συσκευή ή υποδοχή): το lockstep διαβάζει μόνο αρχεία
error-not-a-directory = ένα μέρος αυτής της διαδρομής είναι αρχείο, όχι φάκελος
error-storage-full = δεν υπάρχει ελεύθερος χώρος στη συσκευή
error-quota-exceeded = το όριο χώρου στον δίσκο εξαντλήθηκε
error-read-only = το σύστημα αρχείων είναι μόνο για ανάγνωση
error-file-too-large = το αρχείο είναι πολύ μεγάλο
error-io-reason = το αρχείο δεν μπορεί να διαβαστεί ή να γραφτεί: { $reason }
error-utf16-without-bom = το αρχείο μοιάζει με UTF-16 χωρίς σήμανση σειράς byte (BOM)· αποθηκεύστε το ως UTF-8 (ή UTF-16 με BOM)
error-invalid-utf8 = δεν είναι έγκυρο κείμενο UTF-8
error-project-not-found = δεν υπάρχει lockstep.toml εδώ ούτε σε κάποιον γονικό φάκελο (δημιουργήστε ένα με «lockstep init»)
error-project-exists = το lockstep.toml υπάρχει ήδη
error-toml-syntax = δεν είναι έγκυρο TOML
error-unknown-key = άγνωστο κλειδί «{ $key }»
error-missing-key = λείπει το κλειδί «{ $key }»
error-wrong-type = το «{ $key }» πρέπει να είναι { $expected ->
        [string] συμβολοσειρά
        [array] λίστα
        [boolean] true ή false
       *[table] πίνακας
    }
error-bad-language-tag = το «{ $tag }» δεν είναι έγκυρη ετικέτα γλώσσας (BCP 47, π.χ. bg, sr-Latn ή el)
error-duplicate-language = η γλώσσα «{ $tag }» αναφέρεται δύο φορές ή είναι η γλώσσα του πρωτοτύπου
error-template-without-lang = το πρότυπο των μεταφράσεων «{ $path }» δεν περιέχει {"{"}lang{"}"}
error-path-outside-project = η διαδρομή «{ $path }» βγαίνει έξω από τον φάκελο του έργου
error-source-missing = το πρωτότυπο έγγραφο δεν υπάρχει
error-duplicate-file = το αρχείο «{ $path }» χρησιμοποιείται δύο φορές στο έργο
error-language-not-in-project = το «{ $tag }» δεν είναι μία από τις γλώσσες του έργου
error-memory-damaged = το αρχείο της μνήμης έχει αλλοιωθεί: { $detail ->
        [header] η πρώτη γραμμή δεν είναι κεφαλίδα μνήμης του lockstep
        [id] ένα αναγνωριστικό παραγράφου λείπει ή δεν αποτελείται μόνο από γράμματα και ψηφία
        [empty] μια εγγραφή δεν έχει ούτε πρωτότυπο ούτε μετάφραση
        [duplicate-id] αυτό το αναγνωριστικό εμφανίζεται δύο φορές
        [record] μια αποθηκευμένη μεταφραστική μονάδα δεν μπορεί να διαβαστεί
        [store] τα αρχεία της εισαγόμενης μνήμης δεν ταιριάζουν μεταξύ τους· εισαγάγετε ξανά τα αρχεία TMX για να την ξαναχτίσετε
        [checksum] το περιεχόμενο δεν ταιριάζει με το άθροισμα ελέγχου που γράφτηκε μαζί του· εισαγάγετε ξανά τα αρχεία TMX για να ξαναχτίσετε τη μνήμη
        [owner] η πρώτη γραμμή ονομάζει άλλο έγγραφο ή γλώσσα: δεν είναι η μνήμη αυτού του αρχείου
       *[bead] αυτή η γραμμή δεν είναι έγκυρη εγγραφή
    }
error-memory-version = αυτή η μνήμη γράφτηκε από νεότερη έκδοση του lockstep (μορφή { $version })
error-unknown-language = το «{ $tag }» δεν είναι μία από τις γλώσσες του έργου
error-unknown-bead = δεν υπάρχει παράγραφος με αναγνωριστικό «{ $id }» σε αυτή τη γλώσσα
error-ambiguous-bead = το αναγνωριστικό «{ $id }» αντιστοιχεί σε παραγράφους πολλών εγγράφων· επιλέξτε ένα με το --document
error-unknown-paragraph = το πρωτότυπο δεν έχει παράγραφο { $number }
error-paragraph-unchanged = η παράγραφος { $number } του πρωτοτύπου δεν έχει αλλάξει από τη μετάφρασή της: δεν υπάρχει αλλαγή προς επιβεβαίωση
error-edit-changes-words = παράγραφος { $number } του πρωτοτύπου: η αλλαγή αλλάζει λέξεις ({ $words }); μικρή αλλαγή είναι όποια δεν χρειάζεται νέα μετάφραση (στίξη, κεφαλαία, κενά, τυπογραφικό λάθος). Προσθέστε --force αν όλες οι μεταφράσεις εξακολουθούν να ισχύουν
error-unknown-document = το «{ $path }» δεν είναι έγγραφο του έργου
error-document-required = το έργο έχει πολλά έγγραφα· επιλέξτε ένα με το --document
error-locked = άλλη εκτέλεση του lockstep γράφει σε αυτό το έργο: δοκιμάστε ξανά όταν τελειώσει (το --wait ΔΕΥΤΕΡΟΛΕΠΤΑ περιμένει περισσότερο)
error-cannot-derive = το «{ $tag }» δεν μπορεί να παραχθεί από το «{ $from }»: το lockstep παράγει σερβικά (ή βοσνιακά) λατινικά από κυριλλικά, και μόνο από γλώσσα που δεν είναι η ίδια παράγωγη
error-glossary-language = το «{ $tag }» στην πρώτη γραμμή του γλωσσαρίου δεν είναι ετικέτα γλώσσας· η πρώτη γραμμή ονομάζει τις γλώσσες των στηλών, πρώτα τη γλώσσα του πρωτοτύπου
error-glossary-source = η πρώτη στήλη του γλωσσαρίου είναι «{ $tag }», όχι η γλώσσα του πρωτοτύπου του έργου
error-glossary-columns = { $count ->
        [one] περισσότερα κελιά από όσα ονομάζει η πρώτη γραμμή ({ $count } στήλη)
       *[other] περισσότερα κελιά από όσα ονομάζει η πρώτη γραμμή ({ $count } στήλες)
    }
error-glossary-no-term = αυτή η γραμμή δεν έχει όρο του πρωτοτύπου
error-accept-not-synced = η παράγραφος «{ $id }» δεν είναι ακόμη στη μνήμη: συγχρονίστε τη γλώσσα πριν αποδεχτείτε τα ευρήματά της
error-accept-nothing = η παράγραφος «{ $id }» δεν έχει τέτοιο εύρημα προς αποδοχή
error-accept-one-language = το --accept λειτουργεί σε μία γλώσσα: δηλώστε την (lockstep check LANG --accept ID)
error-unknown-check = το «{ $check }» δεν είναι όνομα ελέγχου (numbers, urls, code, markup, script, mixed-script, question-mark, quotes, ending, spaces, brackets, repeated-word, untranslated, length, glossary)
error-nothing-derived = καμία γλώσσα δεν είναι παράγωγη σε αυτό το έργο: δηλώστε μία στο lockstep.toml ([derive] "sr-Latn" = "sr-Cyrl")
error-not-derived = το «{ $tag }» δεν είναι παράγωγη γλώσσα
error-sync-derived = η { $tag } παράγεται από την { $from }: συγχρονίστε την { $from } και η { $tag } θα ακολουθήσει
error-import-derived = η { $tag } παράγεται από την { $from }: εισαγάγετε τη μετάφραση της { $from } και η { $tag } θα ακολουθήσει
error-export-derived = η { $tag } παράγεται από την { $from }: εξαγάγετε την { $from } για τους μεταφραστές και η { $tag } θα ακολουθήσει
error-derived-record = αυτή η εγγραφή ενός παράγωγου αρχείου είναι κατεστραμμένη ή ανήκει σε άλλο έγγραφο ή γλώσσα: διαγράψτε την και το «lockstep derive» θα τη γράψει ξανά (τότε μια χειροκίνητη αλλαγή του παράγωγου αρχείου δεν ξεχωρίζει πια από ένα αρχείο που απλώς έχει μείνει πίσω)
error-report-page-in-the-way = εδώ πηγαίνει μια σελίδα της αναφοράς, και αυτό το αρχείο δεν γράφτηκε από το lockstep: μετακινήστε το ή δώστε άλλο αρχείο αναφοράς με -o
waiting-for-lock = αναμονή να τελειώσει άλλη εκτέλεση του lockstep (διεργασία { $pid }); εγκατάλειψη μετά από { $seconds } s…

## Καταστάσεις και πίνακες

state-current = ενημερωμένη
state-stale = παρωχημένη
state-missing = αμετάφραστη
state-orphaned = ορφανή
intent-omission = παράλειψη
intent-addition = προσθήκη
confirm-omission = καταγράφηκε ως σκόπιμη παράλειψη
confirm-addition = καταγράφηκε ως σκόπιμη προσθήκη
percent = { $value }%
status-col-document = Έγγραφο
status-col-language = Γλώσσα
status-col-percent = % ενημερωμένων
status-col-current = ενημερωμένες
status-col-stale = παρωχημένες
status-col-missing = αμετάφραστες
status-col-orphaned = ορφανές
status-not-started = { $lang }: το { $path } δεν υπάρχει ακόμη: η μετάφραση δεν έχει αρχίσει
status-not-synced = { $lang }: δεν υπάρχει ακόμη μνήμη· αφού ελέγξετε τη στοίχιση, εκτελέστε «lockstep sync { $lang } --all»
warning-stray-memory = προειδοποίηση: το { $path } είναι μνήμη εγγράφου και γλώσσας που δεν υπάρχουν σε αυτό το έργο (μετονομασμένο έγγραφο ή γλώσσα που αφαιρέθηκε;)· το lockstep δεν τη διαβάζει
status-total = { $lang }, όλα τα έγγραφα: { $percent }% ενημερωμένες· { $stale ->
        [one] { $stale } παρωχημένη παράγραφος
       *[other] { $stale } παρωχημένες παράγραφοι
    }, { $missing ->
        [one] { $missing } αμετάφραστη
       *[other] { $missing } αμετάφραστες
    }, { $orphaned ->
        [one] { $orphaned } ορφανή
       *[other] { $orphaned } ορφανές
    }, σε { $documents } από { $all ->
        [one] { $all } έγγραφο
       *[other] { $all } έγγραφα
    }
status-beads-heading = { $document } → { $lang } ({ $path })
bead-place = ¶{ $source } → ¶{ $target }
bead-target-edited = (η μετάφραση έχει αλλάξει από τότε)

## Διαφορές

diff-heading = { $document } · { $id } · πρωτότυπο ¶{ $source } → μετάφραση ¶{ $target }
diff-source-label = Πρωτότυπο, αλλαγές από τη μετάφραση και μετά:
diff-source-new-label = Πρωτότυπο, νέο από την τελευταία επιβεβαίωση (δεν έχει μεταφραστεί ακόμη):
diff-source-removed-label = Το πρωτότυπο με το οποίο επιβεβαιώθηκε τελευταία (δεν υπάρχει πια στο πρωτότυπο):
diff-source-none-label = Πρωτότυπο: κανένα (αυτή η παράγραφος της μετάφρασης δεν αντιστοιχεί σε παράγραφο του πρωτοτύπου)
diff-target-label = Μετάφραση:
diff-target-edited-label = Μετάφραση (άλλαξε μετά την αλλαγή του πρωτοτύπου):
diff-no-target = (καμία μετάφραση)
diff-none = Καμία παρωχημένη παράγραφος στη γλώσσα { $lang }.
diff-count = { $count ->
        [one] { $count } παρωχημένη παράγραφος στη γλώσσα { $lang }.
       *[other] { $count } παρωχημένες παράγραφοι στη γλώσσα { $lang }.
    }

## Επιβεβαίωση, μικρές αλλαγές, δημιουργία έργου

sync-done = { $lang }: { $count ->
        [one] επιβεβαιώθηκε { $count } παράγραφος
       *[other] επιβεβαιώθηκαν { $count } παράγραφοι
    }, { $files ->
        [one] γράφτηκε { $files } αρχείο μνήμης.
       *[other] γράφτηκαν { $files } αρχεία μνήμης.
    }
minor-done = Η μικρή αλλαγή επιβεβαιώθηκε σε { $languages ->
        [one] { $languages } γλώσσα.
       *[other] { $languages } γλώσσες.
    }
sync-dry-run = { $lang }: { $count ->
        [one] { $count } παράγραφος θα επιβεβαιωνόταν
       *[other] { $count } παράγραφοι θα επιβεβαιώνονταν
    } (δοκιμή: δεν γράφτηκε τίποτα).
minor-dry-run = Η μικρή αλλαγή θα επιβεβαιωνόταν σε { $languages ->
        [one] { $languages } γλώσσα
       *[other] { $languages } γλώσσες
    } (δοκιμή: δεν γράφτηκε τίποτα).
init-done = Γράφτηκε το { $path }· { $count ->
        [0] δεν υπάρχουν ακόμη μεταφράσεις, οπότε δεν καταγράφηκε μνήμη.
        [one] η μνήμη καταγράφηκε για { $count } γλώσσα: { $langs }.
       *[other] η μνήμη καταγράφηκε για { $count } γλώσσες: { $langs }.
    }
init-respelled = { $given }: το { $expected } δεν υπάρχει, αλλά το { $path } είναι στην ίδια γλώσσα: καταγράφηκε ως { $tag }.
init-missing = { $lang }: το { $path } δεν υπάρχει ακόμη· κάθε παράγραφος είναι αμετάφραστη μέχρι να μεταφραστεί.

## Παράγραφοι και στοίχιση

paragraphs-col-number = ¶
paragraphs-col-kind = Είδος
paragraphs-col-line = Γραμμή
paragraphs-col-text = Κείμενο
kind-heading = επικεφαλίδα
kind-paragraph = παράγραφος
kind-list_item = στοιχείο λίστας
kind-quote = παράθεμα
kind-table_cell = κελί πίνακα
align-col-source = Πρωτότυπο ¶
align-col-target = Μετάφραση ¶
align-col-score = Βαθμός
align-col-source-text = Πρωτότυπο
align-col-target-text = Μετάφραση
align-summary = { $beads ->
        [one] { $beads } ζεύγος
       *[other] { $beads } ζεύγη
    }, { $flagged ->
        [one] { $flagged } σημειωμένο
       *[other] { $flagged } σημειωμένα
    } με «!» για προσεκτικότερο έλεγχο (βαθμός κάτω από 0,75).
align-omitted = (παραλείφθηκε στη μετάφραση)
align-added = (προστέθηκε στη μετάφραση)

## Μεταφραστική μνήμη

cli-suggest = Προτάσεις από τη μεταφραστική μνήμη για παρωχημένες και αμετάφραστες παραγράφους ή για οποιοδήποτε κείμενο
    .lang = Η γλώσσα
    .ids = Μόνο αυτές οι παράγραφοι (αναγνωριστικά από το status --paragraphs)
    .text = Αναζήτηση αυτού του κειμένου αντί για τις παραγράφους του έργου
    .document = Μόνο αυτό το έγγραφο
    .max = Πόσες αντιστοιχίες να εμφανίζονται ανά παράγραφο (προεπιλογή: 3)
    .min-score = Η ελάχιστη ομοιότητα, σε ποσοστό (προεπιλογή: 70)
    .format = Μορφή εξόδου: text ή json (προεπιλογή: text)
cli-tm = Εισαγωγή και εξαγωγή μεταφραστικών μνημών (TMX)
cli-tm-import = Εισαγωγή αρχείων TMX στη μεταφραστική μνήμη του έργου
    .files = Τα αρχεία TMX
cli-tm-export = Εξαγωγή της μεταφραστικής μνήμης του έργου σε αρχείο TMX
    .output = Το αρχείο TMX προς εγγραφή
    .langs = Μόνο αυτές οι γλώσσες-στόχοι (προεπιλογή: όλες)
cli-tm-verify = Έλεγχος της εισαγόμενης μεταφραστικής μνήμης: κάθε αρχείο με το άθροισμα ελέγχου του, κάθε μονάδα αναγνωσμένη
cli-value-text = ΚΕΙΜΕΝΟ
cli-value-n = ΠΛΗΘΟΣ
cli-value-percent = ΠΟΣΟΣΤΟ
suggest-heading = { $document } · { $id } · πρωτότυπο ¶{ $source } ({ $state })
suggest-match = { $score } · { $kind } · { $origin }
suggest-kind-context = προηγούμενη μετάφραση της ίδιας παραγράφου
suggest-kind-exact = πλήρης αντιστοιχία
suggest-kind-fuzzy = ασαφής αντιστοιχία
suggest-origin-memory = αυτό το έργο, { $document }
suggest-no-match = (καμία αντιστοιχία)
suggest-nothing = Τίποτα προς αναζήτηση στη γλώσσα { $lang }: καμία παρωχημένη ή αμετάφραστη παράγραφος.
diff-suggestion-label = Μεταφραστική μνήμη:
tm-importing = Εισαγωγή του { $file }
tm-imported = { $units ->
        [one] Εισήχθη { $units } μονάδα
       *[other] Εισήχθησαν { $units } μονάδες
    } ({ $duplicates ->
        [one] { $duplicates } υπήρχε ήδη
       *[other] { $duplicates } υπήρχαν ήδη
    })· η εισαγμένη μνήμη περιέχει συνολικά { $total }.
tm-skipped-unit = προειδοποίηση: παραλείφθηκε μεταφραστική μονάδα: ένα κείμενό της είναι μεγαλύτερο από { $limit } MiB
tm-exported = { $units ->
        [one] { $units } μονάδα γράφτηκε στο { $path }.
       *[other] { $units } μονάδες γράφτηκαν στο { $path }.
    }
tm-verified = { $units ->
        [one] Η εισαγόμενη μνήμη είναι ακέραιη: { $units } μονάδα.
       *[other] Η εισαγόμενη μνήμη είναι ακέραιη: { $units } μονάδες.
    }
tmx-io = το αρχείο δεν μπορεί να διαβαστεί
tmx-bad-encoding = το κείμενο δεν είναι έγκυρο στην κωδικοποίηση του αρχείου
tmx-unknown-encoding = το lockstep δεν μπορεί να διαβάσει την κωδικοποίηση «{ $encoding }»
tmx-malformed = μη καλά σχηματισμένη XML: { $problem ->
        [mismatched-end-tag] η ετικέτα τέλους «{ $found }» δεν κλείνει την «{ $expected }»
        [unmatched-end-tag] η ετικέτα τέλους «{ $found }» δεν κλείνει κανένα στοιχείο
        [unexpected-eof] το αρχείο τελειώνει μέσα σε στοιχείο
        [no-root-element] δεν υπάρχει ριζικό στοιχείο
        [unclosed-tag] μια ετικέτα δεν κλείνει
        [unclosed-attribute-value] μια τιμή ιδιότητας δεν κλείνει
       *[markup] η σήμανση είναι κατεστραμμένη εδώ
    }
tmx-unknown-entity = η οντότητα «{ $entity }» δεν είναι από τις προκαθορισμένες της XML· το lockstep δεν αναπτύσσει ποτέ οντότητες
tmx-bad-char-ref = το «{ $reference }» δεν αντιστοιχεί σε χαρακτήρα
tmx-dtd-refused = απορρίφθηκε: το έγγραφο δηλώνει δικές του οντότητες ή DTD, που το lockstep δεν αναπτύσσει ποτέ
tmx-not-tmx = δεν είναι έγγραφο TMX (το ριζικό στοιχείο είναι «{ $element }»)
tmx-missing-lang = μια παραλλαγή μετάφρασης δεν έχει γλώσσα (xml:lang)
tmx-bad-lang = το «{ $tag }» δεν είναι κωδικός γλώσσας
tmx-missing-seg = μια παραλλαγή μετάφρασης δεν έχει τμήμα (seg)
tmx-no-variants = μια μεταφραστική μονάδα δεν έχει παραλλαγές
tmx-too-long = ένα κομμάτι του αρχείου χωρίς σήμανση είναι μεγαλύτερο από { $limit } MiB: το lockstep δεν εισάγει τόσο μεγάλα κείμενα
exchange-title = { $project }: παράγραφοι προς μετάφραση στα { $lang }
exchange-changed = Αλλαγές στο πρωτότυπο μετά τη μετάφραση:
export-nothing = { $lang }: τίποτα προς εξαγωγή, όλες οι παράγραφοι είναι ενημερωμένες· δεν γράφτηκε αρχείο.
export-done = { $count ->
        [one] { $count } παράγραφος για { $lang } γράφτηκε στο { $path }
       *[other] { $count } παράγραφοι για { $lang } γράφτηκαν στο { $path }
    } (παρωχημένες: { $stale }, αμετάφραστες: { $missing }).
import-done = { $lang }: { $written ->
        [one] { $written } παράγραφος γράφτηκε και επιβεβαιώθηκε
       *[other] { $written } παράγραφοι γράφτηκαν και επιβεβαιώθηκαν
    }, παραλείφθηκαν: { $skipped }· { $files ->
        [one] γράφτηκε { $files } αρχείο.
       *[other] γράφτηκαν { $files } αρχεία.
    }
import-dry-run = { $lang }: { $written ->
        [one] { $written } παράγραφος θα γραφόταν και θα επιβεβαιωνόταν
       *[other] { $written } παράγραφοι θα γράφονταν και θα επιβεβαιώνονταν
    }, παραλείφθηκαν: { $skipped } (δοκιμή: δεν γράφτηκε τίποτα).
import-written = γράφτηκε και επιβεβαιώθηκε (ήταν { $state })
import-still-stale = γράφτηκε, αλλά μένει παρωχημένη: το πρωτότυπο άλλαξε μετά την εξαγωγή
import-skip-fuzzy = παραλείφθηκε: σημειωμένη ως ασαφής (fuzzy)
import-skip-empty = παραλείφθηκε: χωρίς μετάφραση
import-skip-unchanged = παραλείφθηκε: αυτή είναι ήδη η μετάφραση, και είναι ενημερωμένη
import-skip-not-done = παραλείφθηκε: ακόμη σημειωμένη ως προς μετάφραση, και το κείμενό της είναι του εγγράφου ή αντίγραφο του πρωτοτύπου
import-skip-incomplete = παραλείφθηκε: χωρισμένο σε τμήματα, και ένα τμήμα δεν έχει μετάφραση
import-skip-table-cell = παραλείφθηκε: νέο κελί πίνακα (νέα γραμμή ή στήλη): προσθέστε το στον πίνακα με το χέρι
import-skip-changed-since-export = παραλείφθηκε: η μετάφραση στο έγγραφο άλλαξε μετά την εξαγωγή (κάντε ξανά εξαγωγή, για να μη χαθεί αυτή η δουλειά)
import-skip-source-removed = παραλείφθηκε: η παράγραφος του πρωτοτύπου αφαιρέθηκε
import-skip-scattered = παραλείφθηκε: η μετάφραση βρίσκεται σε πολλά σημεία του εγγράφου
import-skip-would-not-fit = παραλείφθηκε: γραμμένο εκεί, το κείμενο δεν θα διαβαζόταν ως οι ίδιες παράγραφοι (σημάδι λίστας ή επικεφαλίδας στην αρχή του;)
exchange-never-synced = η { $lang } δεν συγχρονίστηκε ποτέ, οπότε όλες οι παράγραφοι θα ήταν αμετάφραστες: επιβεβαιώστε πρώτα τη μετάφραση όπως είναι (lockstep sync { $lang } --all)
exchange-po-syntax = γραμμή που δεν είναι έγκυρη PO
exchange-xml-syntax = μη καλοσχηματισμένο XML
exchange-not-ours = αυτή η καταχώριση δεν εξήχθη από το lockstep (δεν ορίζει έγγραφο και παράγραφο)
exchange-no-language = το αρχείο δεν δηλώνει τη γλώσσα-στόχο του: δηλώστε την με --lang
exchange-wrong-language = το αρχείο είναι για «{ $tag }», που δεν είναι γλώσσα αυτού του έργου
exchange-wrong-source-language = το αρχείο μεταφράζει από «{ $tag }», που δεν είναι η γλώσσα του πρωτοτύπου του έργου
exchange-unknown-document = το «{ $path }» δεν είναι έγγραφο αυτού του έργου
exchange-unknown-bead = δεν υπάρχει παράγραφος «{ $id }» σε αυτό το έγγραφο: είναι το αρχείο για άλλο έργο ή αφαιρέθηκε η παράγραφος; (κάντε ξανά εξαγωγή)
exchange-duplicate-entry = η παράγραφος «{ $id }» εμφανίζεται δύο φορές στο αρχείο
exchange-inline-code = κώδικας <{ $element }> σε μετάφραση: το lockstep εξήγαγε απλό κείμενο και δεν μπορεί να τον τοποθετήσει
exchange-changed-meanwhile = η μετάφραση άλλαξε όσο η εισαγωγή τη διάβαζε: εκτελέστε ξανά την εισαγωγή
report-title = { $project }: μεταφράσεις
report-made = Δημιουργήθηκε από το lockstep στις { $date }. Γλώσσα του πρωτοτύπου: { $lang }.
report-overview = Επισκόπηση
report-document = Έγγραφο
report-totals = Όλα τα έγγραφα
report-only-open = Εμφάνιση μόνο των παραγράφων που δεν είναι ενημερωμένες
report-detail-title = { $document } → { $lang }
report-detail-empty = Όλες οι παράγραφοι είναι ενημερωμένες.
report-col-pair = Παράγραφος
report-col-source = Πρωτότυπο
report-col-translation = Μετάφραση
report-col-memory = Μεταφραστική μνήμη
report-no-source = (χωρίς παράγραφο στο πρωτότυπο)
report-no-translation = (χωρίς μετάφραση)
report-diff = Αλλαγές μετά τη μετάφραση:
report-cell = ενημερωμένες: { $current } · παρωχημένες: { $stale } · αμετάφραστες: { $missing } · ορφανές: { $orphaned }
report-not-started = δεν ξεκίνησε: αμετάφραστες { $missing }
report-confirmed = τελευταία επιβεβαίωση { $date }
report-waiting = { $days ->
        [one] παλαιότερη παρωχημένη: επιβεβαιώθηκε πριν από { $days } ημέρα
       *[other] παλαιότερη παρωχημένη: επιβεβαιώθηκε πριν από { $days } ημέρες
    }
report-written = { $rows ->
        [one] Η αναφορά γράφτηκε στο { $path } ({ $rows } παράγραφος δίπλα στο πρωτότυπο).
       *[other] Η αναφορά γράφτηκε στο { $path } ({ $rows } παράγραφοι δίπλα στο πρωτότυπο).
    }
report-prev = προηγούμενη σελίδα
report-next = επόμενη σελίδα
report-page = σελίδα { $page } από { $pages }
report-pages = { $pages ->
        [one] Οι παράγραφοι βρίσκονται σε { $pages } ακόμη σελίδα δίπλα της, ώστε να ανοίγει γρήγορα.
       *[other] Οι παράγραφοι βρίσκονται σε { $pages } ακόμη σελίδες δίπλα της, ώστε να ανοίγει γρήγορα η καθεμία.
    }

## lockstep check: έλεγχος των μεταφράσεων
check-error = σφάλμα
check-warning = προειδοποίηση
check-accepted = αποδεκτό
check-source-at = πρωτότυπο: { $place }
check-summary = { $errors ->
        [one] { $errors } σφάλμα
       *[other] { $errors } σφάλματα
    }, { $warnings ->
        [one] { $warnings } προειδοποίηση
       *[other] { $warnings } προειδοποιήσεις
    } σε { $beads ->
        [one] { $beads } παράγραφο που ελέγχθηκε
       *[other] { $beads } παραγράφους που ελέγχθηκαν
    }
check-accepted-hidden = { $count ->
        [one] { $count } αποδεκτό εύρημα δεν εμφανίζεται (το --all το εμφανίζει)
       *[other] { $count } αποδεκτά ευρήματα δεν εμφανίζονται (το --all τα εμφανίζει)
    }
check-accept-done = { $lang } { $id }: αποδεκτό ({ $checks }) μέχρι να αλλάξει η παράγραφος
check-untranslated = η μετάφραση είναι το κείμενο του πρωτοτύπου, αμετάφραστο
check-number-missing = ο αριθμός «{ $number }» του πρωτοτύπου δεν υπάρχει στη μετάφραση
check-number-extra = ο αριθμός «{ $number }» δεν υπάρχει στο πρωτότυπο
check-number-changed = ο αριθμός «{ $number }» του πρωτοτύπου εδώ είναι «{ $found }»
check-url-missing = ο σύνδεσμος ή η διεύθυνση «{ $item }» του πρωτοτύπου δεν υπάρχει στη μετάφραση
check-url-extra = ο σύνδεσμος ή η διεύθυνση «{ $item }» δεν υπάρχει στο πρωτότυπο
check-code-missing = ο κώδικας «{ $item }» του πρωτοτύπου δεν υπάρχει στη μετάφραση
check-code-extra = ο κώδικας «{ $item }» δεν υπάρχει στο πρωτότυπο
check-markup = { $what ->
        [links] σύνδεσμοι
        [images] εικόνες
        [emphasis] εμφάσεις
       *[footnotes] παραπομπές σε υποσημειώσεις
    }: { $source } στο πρωτότυπο, { $target } στη μετάφραση
check-mixed-script = η λέξη «{ $word }» αναμειγνύει γραφές: το «{ $letters }» είναι γράμμα άλλης γραφής
check-look-alike = η λέξη «{ $word }» είναι γραμμένη με { $script ->
        [Latn] λατινικά
        [Cyrl] κυριλλικά
       *[Grek] ελληνικά
    } γράμματα που μοιάζουν με τα γράμματα της γλώσσας
check-script = η λέξη «{ $word }» είναι σε { $script ->
        [Latn] λατινική
        [Cyrl] κυριλλική
       *[Grek] ελληνική
    } γραφή, και το πρωτότυπο δεν την έχει (επιτρέψτε την στο lockstep.toml: [check] allow)
check-question-mark = μια ελληνική ερώτηση τελειώνει με «;», όχι με «?»
check-quotes = το εισαγωγικό «{ $found }» δεν χρησιμοποιείται σε αυτή τη γλώσσα: { $expected }
check-quotes-unbalanced = τα εισαγωγικά { $quote } δεν σχηματίζουν ζεύγη
check-ending = το πρωτότυπο τελειώνει { $source ->
        [stop] με τελεία
        [question] με ερωτηματικό
        [exclamation] με θαυμαστικό
        [pause] με κόμμα, άνω και κάτω τελεία ή άνω τελεία
       *[none] χωρίς σημείο στίξης
    }, η μετάφραση { $target ->
        [stop] με τελεία
        [question] με ερωτηματικό
        [exclamation] με θαυμαστικό
        [pause] με κόμμα, άνω και κάτω τελεία ή άνω τελεία
       *[none] χωρίς σημείο στίξης
    }
check-marks = { $what ->
        [question] ερωτηματικά
       *[exclamation] θαυμαστικά
    }: { $source } στο πρωτότυπο, { $target } στη μετάφραση
check-spaces-double = δύο διαδοχικά κενά
check-spaces-before = κενό πριν από το «{ $mark }»
check-spaces-inside = κενό μέσα σε «{ $mark }»
check-brackets = η παρένθεση ή αγκύλη «{ $bracket }» δεν έχει ταίρι
check-repeated-word = «{ $word }» δύο φορές στη σειρά
check-length = το μήκος της μετάφρασης είναι { $ratio } φορές το αναμενόμενο από το πρωτότυπο ({ $target } χαρακτήρες αντί για περίπου { $expected })
check-glossary = το πρωτότυπο έχει «{ $term }», και η μετάφραση κανένα από τα «{ $expected }» του γλωσσαρίου

## lockstep derive: παράγωγες μεταφράσεις
derive-written = { $file }: γράφτηκε με βάση το { $parent } ({ $from })
derive-up-to-date = { $file }: ενημερωμένο σε σχέση με το { $parent }
derive-overwritten = { $file }: γράφτηκε με βάση το { $parent } ({ $from })· οι αλλαγές με το χέρι από τη γραμμή { $line } και μετά αντικαταστάθηκαν
derive-edited = { $file }:{ $line }: άλλαξε με το χέρι αφού το lockstep το παρήγαγε από το { $parent }· δεν αντικαταστάθηκε (το --force το αντικαθιστά)
derive-no-parent = { $file }: τίποτα προς παραγωγή, το { $parent } δεν υπάρχει
derive-dry-run = Δοκιμή: δεν γράφτηκε τίποτα.
status-derived-edited = { $path }:{ $line }: η { $lang } παράγεται από την { $from } και άλλαξε με το χέρι (το lockstep derive --force την αντικαθιστά)
status-derived-behind = { $path }: η { $lang } υστερεί σε σχέση με την { $from }: εκτελέστε «lockstep derive»
