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

cli-error-invalid-value = μη έγκυρη τιμή «{ $value }» για το { $arg } (δυνατές τιμές: { $valid })
cli-error-bad-value = μη έγκυρη τιμή «{ $value }» για το { $arg }
cli-error-missing-value = το { $arg } χρειάζεται μια τιμή
cli-error-unknown-argument = απροσδόκητο όρισμα «{ $arg }»
cli-error-unknown-command = άγνωστη εντολή «{ $command }»
cli-error-missing-argument = λείπει ένα υποχρεωτικό όρισμα: { $arg }
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
status-col-percent = Ενημέρωση
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
    }, σε { $documents ->
        [one] { $documents } έγγραφο
       *[other] { $documents } έγγραφα
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
        [one] { $beads } αντιστοίχιση
       *[other] { $beads } αντιστοιχίσεις
    }, { $flagged ->
        [one] { $flagged } σημειωμένη
       *[other] { $flagged } σημειωμένες
    } με «!» για προσεκτικότερο έλεγχο (παραλείψεις, προσθήκες, χαμηλοί βαθμοί).

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
cli-import = Εισαγωγή αρχείων TMX στη μεταφραστική μνήμη του έργου
    .files = Τα αρχεία TMX
cli-export = Εξαγωγή της μεταφραστικής μνήμης του έργου σε αρχείο TMX
    .output = Το αρχείο TMX προς εγγραφή
    .langs = Μόνο αυτές οι γλώσσες-στόχοι (προεπιλογή: όλες)
cli-verify = Έλεγχος της εισαγόμενης μεταφραστικής μνήμης: κάθε αρχείο με το άθροισμα ελέγχου του, κάθε μονάδα αναγνωσμένη
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
    } ({ $duplicates } υπήρχαν ήδη)· η εισαγμένη μνήμη περιέχει συνολικά { $total }.
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
