# lockstep — български. Речникът на термините е в locales/README.md.

## Помощ за командния ред

cli = Следи дали преводите вървят в крак с изходния документ: кои преведени абзаци са остарели, какво се е променило и какво остава за потвърждаване.
    .project = Папка на проекта (по подразбиране: най-близката папка нагоре, която съдържа lockstep.toml)
    .ui-lang = Език на съобщенията на lockstep, например bg, sr-Latn или el
    .color = Кога да се използват цветове: auto, always или never (по подразбиране: auto; NO_COLOR се зачита)
    .help = Извеждане на тази помощ
    .version = Извеждане на версията
    .wait = Колко секунди команда, която записва, чака друго изпълнение на lockstep (по подразбиране: 60)
cli-init = Създаване на lockstep.toml за изходен документ и записване на съществуващите му преводи в паметта
    .source = Изходният документ
    .langs = Целевите езици, разделени със запетаи (езикови етикети по BCP 47, например bg,sr-Cyrl,el,hr)
    .source-lang = Изходният език (по подразбиране: en)
    .translations = Къде са преводите, с {"{"}lang{"}"} на мястото на езиковия етикет (по подразбиране: <име>.{"{"}lang{"}"}.<разширение>)
cli-status = Извеждане по документ и език на броя актуални, остарели, непреведени и осиротели абзаци
    .langs = Само тези езици
    .check = Изход с код 1, ако нещо не е актуално (за CI)
    .paragraphs = Списък на всички абзаци, които не са актуални
    .by-source = По един ред за всеки абзац от оригинала, който не е актуален навсякъде, с колона за всеки език
    .format = Формат на изхода: text или json (по подразбиране: text)
cli-diff = Извеждане на промените в оригинала на всеки остарял абзац от превеждането му насам, заедно с превода
    .lang = Езикът
    .ids = Само тези абзаци (идентификатори от status --paragraphs)
    .document = Само този документ
    .format = Формат на изхода: text или json (по подразбиране: text)
cli-sync = Потвърждаване, че абзаците са преведени спрямо днешния оригинал
    .lang = Езикът
    .ids = Абзаците за потвърждаване (идентификатори от status --paragraphs)
    .all = Потвърждаване на всички абзаци, които имат превод
    .document = Само този документ
    .dry-run = Показва какво би било потвърдено, без да записва нищо
    .format = Формат на изхода: text или json (по подразбиране: text)
cli-export = Записване на остарелите и непреведените абзаци на даден език в един файл PO или XLIFF за CAT инструмент
    .lang = Езикът
    .documents = Само тези документи (по подразбиране: всички)
    .format = Формат на файла: po, xliff (1.2) или xliff2 (2.1) (по подразбиране: po)
    .output = Файлът за записване (по подразбиране: стандартният изход)
    .all = Всички абзаци, включително актуалните
cli-import = Вписване на преводите от файл PO или XLIFF в преведените документи и потвърждаването им
    .file = Файлът PO или XLIFF
    .lang = Езикът, ако файлът не посочва своя
    .dry-run = Показване на това, което би било записано, без да се записва нищо
    .format = Формат на изхода: text или json (по подразбиране: text)
cli-report = Записване на отчет, който се отваря в браузър: преглед на всички документи и езици и всеки превод до оригинала
    .langs = Само тези езици (по подразбиране: всички)
    .output = HTML файлът за записване (по подразбиране: lockstep-report.html)
    .all = Всички абзаци един до друг, включително актуалните (по подразбиране: неактуалните)
cli-minor = Отбелязване, че днешната редакция на тези абзаци от оригинала не изисква нов превод, за всеки език, чийто превод е бил актуален
    .paragraphs = Номера на абзаци от оригинала (от paragraphs или status --paragraphs)
    .document = Документът (нужен, когато проектът има няколко документа)
    .force = Потвърждава дори редакция, която променя думи
    .dry-run = Показва какво би било потвърдено, без да записва нищо
    .format = Формат на изхода: text или json (по подразбиране: text)
cli-align = Подравняване на изходен файл с превода му, абзац по абзац
    .first = Изходният файл или език от проекта
    .second = Файлът с превода (когато първият аргумент е файл)
    .document = Документът (заедно с език, когато проектът има няколко документа)
    .format = Формат на изхода: text или json (по подразбиране: text)
cli-check = Проверка на преводите за грешки, които машина може да забележи: числа, връзки, код, писмености, пунктуация, дължина, термини от речника
    .items = Само тези езици и документи (по подразбиране: всички)
    .check = Изход с код 1, ако остане забележка със степен „грешка“ (за CI)
    .all = Показване и на приетите забележки
    .accept = Приемане на забележките за този абзац (ИДЕНТИФИКАТОР или ИДЕНТИФИКАТОР:ПРОВЕРКА за една проверка), докато той не се промени; един език
    .format = Формат на изхода: text или json (по подразбиране: text)
cli-derive = Записване на производните преводи ([derive] в lockstep.toml) въз основа на езиците, от които произлизат
    .items = Само тези производни езици и документи (по подразбиране: всички)
    .force = Презаписване на производен файл, който е редактиран ръчно
    .dry-run = Показва какво би било записано, без да записва нищо
    .format = Формат на изхода: text или json (по подразбиране: text)
cli-paragraphs = Извеждане на начина, по който lockstep чете файл: номер, вид, ред и текст на всеки абзац
    .file = Файлът за четене
    .format = Формат на изхода: text или json (по подразбиране: text)

cli-heading-usage = Употреба
cli-heading-commands = Команди
cli-heading-arguments = Аргументи
cli-heading-options = Опции
cli-value-command = КОМАНДА
cli-value-options = ОПЦИИ
cli-value-dir = ПАПКА
cli-value-seconds = СЕКУНДИ
cli-value-tag = ЕТИКЕТ
cli-value-when = КОГА
cli-value-lang = ЕЗИК
cli-value-langs = ЕЗИЦИ
cli-value-format = ФОРМАТ
cli-value-id = ИДЕНТИФИКАТОР
cli-value-doc = ДОКУМЕНТ
cli-value-para = АБЗАЦ
cli-value-source = ОРИГИНАЛ
cli-value-target = ПРЕВОД
cli-value-template = ШАБЛОН
cli-value-file = ФАЙЛ
cli-value-lang_or_doc = ЕЗИК|ДОКУМЕНТ

cli-error-invalid-value = неправилна стойност „{ $value }“ за { $arg } (възможни стойности: { $valid })
cli-error-bad-value = неправилна стойност „{ $value }“ за { $arg }
cli-error-missing-value = { $arg } изисква стойност
cli-error-unknown-argument = неочакван аргумент „{ $arg }“
cli-error-unknown-command = непозната команда „{ $command }“
cli-error-missing-argument = липсва задължителен аргумент: { $arg }
cli-error-sync-what = посочете абзаците за потвърждаване (идентификаторите им от „lockstep status --paragraphs“) или потвърдете всички с --all
cli-error-missing-command = необходима е команда
cli-error-conflict = { $arg } не може да се използва заедно с { $other }
cli-error-values = грешен брой стойности за { $arg }
cli-error-other = командният ред е неправилен
cli-error-tip = може би имахте предвид „{ $suggestion }“?
cli-error-help-hint = За повече информация вижте „--help“.

## Грешки. Първо са файлът и редът, например „a.md:3:7: съобщение“.

error-prefix = lockstep
error-not-found = файлът не е намерен
error-permission-denied = отказан достъп
error-is-directory = това е папка, а не файл
error-io = файлът не може да бъде прочетен или записан
error-not-a-file = не е обикновен файл (канал, устройство или сокет): lockstep чете само файлове
error-not-a-directory = част от този път е файл, а не папка
error-storage-full = няма свободно място на устройството
error-quota-exceeded = дисковата квота е изчерпана
error-read-only = файловата система е само за четене
error-file-too-large = файлът е твърде голям
error-io-reason = файлът не може да бъде прочетен или записан: { $reason }
error-utf16-without-bom = файлът изглежда в UTF-16 без знак за подредба на байтовете (BOM); запишете го в UTF-8 (или в UTF-16 с BOM)
error-invalid-utf8 = текстът не е валиден UTF-8
error-project-not-found = няма lockstep.toml нито тук, нито в някоя от горните папки (създайте го с „lockstep init“)
error-project-exists = lockstep.toml вече съществува
error-toml-syntax = невалиден TOML
error-unknown-key = непознат ключ „{ $key }“
error-missing-key = липсва ключ „{ $key }“
error-wrong-type = „{ $key }“ трябва да бъде { $expected ->
        [string] низ
        [array] списък
        [boolean] true или false
       *[table] таблица
    }
error-bad-language-tag = „{ $tag }“ не е валиден езиков етикет (BCP 47, например bg, sr-Latn или el)
error-duplicate-language = езикът „{ $tag }“ е посочен два пъти или е изходният език
error-template-without-lang = шаблонът за преводите „{ $path }“ не съдържа {"{"}lang{"}"}
error-path-outside-project = пътят „{ $path }“ излиза извън папката на проекта
error-source-missing = изходният документ не съществува
error-duplicate-file = файлът „{ $path }“ е използван два пъти в проекта
error-language-not-in-project = „{ $tag }“ не е сред езиците на проекта
error-memory-damaged = файлът на паметта е повреден: { $detail ->
        [header] първият ред не е заглавен ред на памет на lockstep
        [id] идентификаторът на абзац липсва или не се състои само от букви и цифри
        [empty] запис няма нито оригинал, нито превод
        [duplicate-id] този идентификатор се среща два пъти
        [record] запис на преводна единица не може да бъде прочетен
        [store] файловете на импортираната памет не си съответстват; импортирайте отново TMX файловете, за да я изградите наново
        [checksum] съдържанието не отговаря на записаната контролна сума; импортирайте отново TMX файловете, за да изградите паметта наново
        [owner] първият ред назовава друг документ или език: това не е паметта на този файл
       *[bead] този ред не е валиден запис
    }
error-memory-version = тази памет е записана от по-нова версия на lockstep (формат { $version })
error-unknown-language = „{ $tag }“ не е сред езиците на проекта
error-unknown-bead = в този език няма абзац с идентификатор „{ $id }“
error-ambiguous-bead = идентификаторът „{ $id }“ сочи абзаци в няколко документа; изберете един с --document
error-unknown-paragraph = в оригинала няма абзац { $number }
error-paragraph-unchanged = абзац { $number } от оригинала не е променян, откакто е преведен: няма редакция за потвърждаване
error-edit-changes-words = абзац { $number } от оригинала: редакцията променя думи ({ $words }); дребна е редакция, която не изисква нов превод (пунктуация, главни букви, интервали, печатна грешка). Добавете --force, ако всички преводи остават верни
error-unknown-document = „{ $path }“ не е документ от проекта
error-document-required = проектът има няколко документа; изберете един с --document
error-locked = друго изпълнение на lockstep записва в този проект: опитайте отново, когато приключи (--wait СЕКУНДИ чака по-дълго)
error-cannot-derive = „{ $tag }“ не може да бъде производен на „{ $from }“: lockstep създава сръбска (или босненска) латиница от кирилица, и то от език, който сам не е производен
error-glossary-language = „{ $tag }“ в първия ред на речника не е езиков етикет; първият ред посочва езиците на колоните, като изходният език е пръв
error-glossary-source = първата колона на речника е „{ $tag }“, а не изходният език на проекта
error-glossary-columns = { $count ->
        [one] повече клетки, отколкото посочва първият ред ({ $count } колона)
       *[other] повече клетки, отколкото посочва първият ред ({ $count } колони)
    }
error-glossary-no-term = на този ред няма термин на изходния език
error-accept-not-synced = абзацът „{ $id }“ още не е в паметта: синхронизирайте езика, преди да приемате забележките за него
error-accept-nothing = абзацът „{ $id }“ няма такава забележка за приемане
error-accept-one-language = --accept работи в един език: посочете го (lockstep check LANG --accept ID)
error-unknown-check = „{ $check }“ не е име на проверка (numbers, urls, code, markup, script, mixed-script, question-mark, quotes, ending, spaces, brackets, repeated-word, untranslated, length, glossary)
error-nothing-derived = в този проект няма производен език: декларирайте такъв в lockstep.toml ([derive] "sr-Latn" = "sr-Cyrl")
error-not-derived = „{ $tag }“ не е производен език
error-sync-derived = { $tag } е производен на { $from }: синхронизирайте { $from } и { $tag } ще го последва
error-import-derived = { $tag } е производен на { $from }: внесете превода на { $from } и { $tag } ще го последва
error-export-derived = { $tag } е производен на { $from }: изнесете { $from } за преводачите и { $tag } ще го последва
error-derived-record = този запис на производен файл е повреден или принадлежи на друг документ или език: изтрийте го и „lockstep derive“ ще го запише отново (тогава ръчна редакция на производния файл вече не се различава от файл, който само изостава)
error-report-page-in-the-way = тук отива страница от отчета, а този файл не е записан от lockstep: преместете го или посочете друг файл за отчета с -o
waiting-for-lock = изчакване на друго изпълнение на lockstep (процес { $pid }); отказ след { $seconds } s…

## Състояния и таблици

state-current = актуален
state-stale = остарял
state-missing = непреведен
state-orphaned = осиротял
intent-omission = пропуснат
intent-addition = добавен
confirm-omission = записан като умишлен пропуск
confirm-addition = записан като умишлено добавяне
percent = { $value }%
status-col-document = Документ
status-col-language = Език
status-col-percent = Актуалност
status-col-current = актуални
status-col-stale = остарели
status-col-missing = непреведени
status-col-orphaned = осиротели
status-not-started = { $lang }: { $path } все още не съществува: преводът не е започнат
status-not-synced = { $lang }: все още няма памет; след като проверите подравняването, изпълнете „lockstep sync { $lang } --all“
warning-stray-memory = внимание: { $path } е памет на документ и език, каквито в проекта няма (преименуван документ или премахнат език?); lockstep не я чете
status-total = { $lang }, всички документи: { $percent }% актуални; { $stale ->
        [one] { $stale } остарял абзац
       *[other] { $stale } остарели абзаца
    }, { $missing ->
        [one] { $missing } непреведен
       *[other] { $missing } непреведени
    }, { $orphaned ->
        [one] { $orphaned } осиротял
       *[other] { $orphaned } осиротели
    }, в { $documents } от { $all ->
        [one] { $all } документ
       *[other] { $all } документа
    }
status-beads-heading = { $document } → { $lang } ({ $path })
status-by-source-heading = { $document }: абзаци от оригинала, които не са актуални във всички езици
status-by-source-none = Всеки абзац от оригинала е актуален във всички езици.
bead-place = ¶{ $source } → ¶{ $target }
bead-target-edited = (преводът е редактиран след това)

## Разлики

diff-heading = { $document } · { $id } · оригинал ¶{ $source } → превод ¶{ $target }
diff-source-label = Оригинал, промени от превеждането насам:
diff-source-new-label = Оригинал, нов след последното потвърждаване (още не е преведен):
diff-source-removed-label = Оригиналът, спрямо който е потвърден за последно (вече го няма в оригинала):
diff-intentional = { $what ->
        [omission] Пропуснат в превода умишлено (записано със sync): остава актуален, докато оригиналът му не се промени.
       *[addition] Добавен в превода умишлено (записано със sync): няма абзац в оригинала.
    }
diff-source-none-label = Оригинал: няма (този абзац от превода не отговаря на абзац от оригинала)
diff-target-label = Превод:
diff-target-edited-label = Превод (редактиран след промяната в оригинала):
diff-no-target = (няма превод)
diff-none = Няма остарели абзаци в { $lang }.
diff-count = { $count ->
        [one] { $count } остарял абзац в { $lang }.
       *[other] { $count } остарели абзаца в { $lang }.
    }

## Потвърждаване, дребни редакции, създаване на проект

sync-done = { $lang }: { $count ->
        [one] потвърден е { $count } абзац
       *[other] потвърдени са { $count } абзаца
    }, { $files ->
        [one] записан е { $files } файл на паметта.
       *[other] записани са { $files } файла на паметта.
    }
minor-done = Дребната редакция е потвърдена за { $languages ->
        [one] { $languages } език.
       *[other] { $languages } езика.
    }
sync-dry-run = { $lang }: { $count ->
        [one] { $count } абзац би бил потвърден
       *[other] { $count } абзаца биха били потвърдени
    } (проба: нищо не е записано).
minor-dry-run = Дребната редакция би била потвърдена в { $languages ->
        [one] { $languages } език
       *[other] { $languages } езика
    } (проба: нищо не е записано).
init-done = Създаден е { $path }; { $count ->
        [0] все още няма преводи, затова нищо не е записано в паметта.
        [one] паметта е записана за { $count } език: { $langs }.
       *[other] паметта е записана за { $count } езика: { $langs }.
    }
init-respelled = { $given }: { $expected } не съществува, но { $path } е на същия език: записан е като { $tag }.
init-missing = { $lang }: { $path } още не съществува; всички абзаци са непреведени, докато не бъде преведен.

## Абзаци и подравняване

paragraphs-col-number = ¶
paragraphs-col-kind = Вид
paragraphs-col-line = Ред
paragraphs-col-text = Текст
kind-heading = заглавие
kind-paragraph = абзац
kind-list_item = елемент от списък
kind-quote = цитат
kind-table_cell = клетка от таблица
align-col-source = Оригинал ¶
align-col-target = Превод ¶
align-col-score = Оценка
align-col-source-text = Оригинал
align-col-target-text = Превод
align-summary = { $beads ->
        [one] { $beads } двойка
       *[other] { $beads } двойки
    }, { $flagged ->
        [one] { $flagged } отбелязана
       *[other] { $flagged } отбелязани
    } с „!“ за по-внимателна проверка (оценка под 0,75).
align-omitted = (пропуснат в превода)
align-added = (добавен в превода)

## Преводна памет

cli-suggest = Предложения от преводната памет за остарелите и непреведените абзаци или за произволен текст
    .lang = Езикът
    .ids = Само тези абзаци (идентификатори от status --paragraphs)
    .text = Търсене на този текст вместо абзаците на проекта
    .document = Само този документ
    .max = Колко съвпадения да се показват за абзац (по подразбиране: 3)
    .min-score = Най-малкото сходство в проценти (по подразбиране: 70)
    .format = Формат на изхода: text или json (по подразбиране: text)
cli-tm = Внасяне и изнасяне на преводни памети (TMX)
cli-tm-import = Внасяне на файлове TMX в преводната памет на проекта
    .files = Файловете TMX
cli-tm-export = Изнасяне на преводната памет на проекта във файл TMX
    .output = Файлът TMX, който да се запише
    .langs = Само тези езици на превода (по подразбиране: всички)
cli-tm-verify = Проверка на импортираната преводна памет: всеки файл спрямо контролната му сума, всяка единица прочетена
cli-value-text = ТЕКСТ
cli-value-n = БРОЙ
cli-value-percent = ПРОЦЕНТ
suggest-heading = { $document } · { $id } · оригинал ¶{ $source } ({ $state })
suggest-match = { $score } · { $kind } · { $origin }
suggest-kind-context = предишният превод на същия абзац
suggest-kind-exact = точно съвпадение
suggest-kind-fuzzy = частично съвпадение
suggest-origin-memory = този проект, { $document }
suggest-no-match = (няма съвпадение)
suggest-nothing = Няма какво да се търси за { $lang }: няма остарели или непреведени абзаци.
diff-suggestion-label = Преводна памет:
tm-importing = Внасяне на { $file }
tm-imported = { $units ->
        [one] Внесена е { $units } единица
       *[other] Внесени са { $units } единици
    } ({ $duplicates ->
        [one] { $duplicates } вече съществуваше
       *[other] { $duplicates } вече съществуваха
    }); внесената памет съдържа общо { $total }.
tm-skipped-unit = внимание: пропусната преводна единица: неин текст е по-дълъг от { $limit } MiB
tm-exported = { $units ->
        [one] { $units } единица е записана в { $path }.
       *[other] { $units } единици са записани в { $path }.
    }
tm-verified = { $units ->
        [one] Импортираната памет е цяла: { $units } единица.
       *[other] Импортираната памет е цяла: { $units } единици.
    }
tmx-io = файлът не може да бъде прочетен
tmx-bad-encoding = текстът не е валиден в кодировката на файла
tmx-unknown-encoding = lockstep не може да чете кодировката „{ $encoding }“
tmx-malformed = неправилно оформен XML: { $problem ->
        [mismatched-end-tag] затварящият етикет „{ $found }“ не затваря „{ $expected }“
        [unmatched-end-tag] затварящият етикет „{ $found }“ не затваря никой елемент
        [unexpected-eof] файлът свършва вътре в елемент
        [no-root-element] няма коренов елемент
        [unclosed-tag] етикет не е затворен
        [unclosed-attribute-value] стойност на атрибут не е затворена
       *[markup] маркировката е повредена тук
    }
tmx-unknown-entity = обектът „{ $entity }“ не е от предварително дефинираните в XML; lockstep никога не разгръща обекти
tmx-bad-char-ref = „{ $reference }“ не обозначава знак
tmx-dtd-refused = отказано: документът декларира собствени обекти или DTD, които lockstep никога не разгръща
tmx-not-tmx = не е документ TMX (кореновият елемент е „{ $element }“)
tmx-missing-lang = вариант на превода няма език (xml:lang)
tmx-bad-lang = „{ $tag }“ не е код на език
tmx-missing-seg = вариант на превода няма сегмент (seg)
tmx-no-variants = преводна единица няма варианти
tmx-too-long = част от файла без маркиране е по-дълга от { $limit } MiB: lockstep не внася толкова дълги текстове
exchange-title = { $project }: абзаци за превод на { $lang }
exchange-changed = Промяна в оригинала след превода:
export-nothing = { $lang }: няма нищо за изнасяне, всички абзаци са актуални; не е записан файл.
export-done = { $count ->
        [one] { $count } абзац на { $lang } е записан в { $path }
       *[other] { $count } абзаца на { $lang } са записани в { $path }
    } (остарели: { $stale }, непреведени: { $missing }).
import-done = { $lang }: { $written ->
        [one] { $written } абзац е записан и потвърден
       *[other] { $written } абзаца са записани и потвърдени
    }, пропуснати: { $skipped }; { $files ->
        [one] записан е { $files } файл.
       *[other] записани са { $files } файла.
    }
import-dry-run = { $lang }: { $written ->
        [one] { $written } абзац би бил записан и потвърден
       *[other] { $written } абзаца биха били записани и потвърдени
    }, пропуснати: { $skipped } (проба: нищо не е записано).
import-written = записан и потвърден (беше { $state })
import-still-stale = записан, но остава остарял: оригиналът е променен след изнасянето
import-skip-fuzzy = пропуснат: отбелязан като неточен (fuzzy)
import-skip-empty = пропуснат: няма превод
import-skip-unchanged = пропуснат: преводът вече е този и е актуален
import-skip-not-done = пропуснат: все още е отбелязан като нуждаещ се от превод, а текстът му е този от документа или копие на оригинала
import-skip-incomplete = пропуснат: разделен на сегменти, а един сегмент няма превод
import-skip-table-cell = пропуснат: нова клетка от таблица (нов ред или колона): добавете я в таблицата ръчно
import-skip-changed-since-export = пропуснат: преводът в документа е променен след изнасянето (изнесете отново, за да не се презапише тази работа)
import-skip-source-removed = пропуснат: абзацът от оригинала е премахнат
import-skip-scattered = пропуснат: преводът стои на няколко места в документа
import-skip-would-not-fit = пропуснат: записан там, текстът не би се прочел като същите абзаци (маркер на списък или заглавие в началото му?)
exchange-never-synced = { $lang } никога не е синхронизиран и всички абзаци биха били непреведени: първо потвърдете превода такъв, какъвто е (lockstep sync { $lang } --all)
exchange-po-syntax = ред, който не е валиден за PO
exchange-xml-syntax = неправилно формиран XML
exchange-not-ours = този запис не е изнесен от lockstep (не посочва документ и абзац)
exchange-no-language = файлът не посочва целевия си език: посочете го с --lang
exchange-wrong-language = файлът е за „{ $tag }“, който не е език на този проект
exchange-wrong-source-language = файлът превежда от „{ $tag }“, който не е изходният език на проекта
exchange-unknown-document = „{ $path }“ не е документ на този проект
exchange-unknown-bead = в този документ няма абзац „{ $id }“: файлът за друг проект ли е, или абзацът е премахнат? (изнесете отново)
exchange-duplicate-entry = абзацът „{ $id }“ се среща два пъти във файла
exchange-inline-code = код <{ $element }> в превод: lockstep е изнесъл обикновен текст и не може да го разположи
exchange-changed-meanwhile = преводът се промени, докато вносът го четеше: пуснете вноса отново
report-title = { $project }: преводи
report-made = Създаден от lockstep на { $date }. Изходен език: { $lang }.
report-overview = Преглед
report-document = Документ
report-totals = Всички документи
report-only-open = Показване само на абзаците, които не са актуални
report-detail-title = { $document } → { $lang }
report-detail-empty = Всички абзаци са актуални.
report-col-pair = Абзац
report-col-source = Оригинал
report-col-translation = Превод
report-col-memory = Преводна памет
report-no-source = (няма абзац в оригинала)
report-no-translation = (няма превод)
report-diff = Промяна след превода:
report-cell = актуални: { $current } · остарели: { $stale } · непреведени: { $missing } · осиротели: { $orphaned }
report-not-started = незапочнат: непреведени { $missing }
report-confirmed = последно потвърден на { $date }
report-waiting = { $days ->
        [one] най-старият остарял: потвърден преди { $days } ден
       *[other] най-старият остарял: потвърден преди { $days } дни
    }
report-written = { $rows ->
        [one] Отчетът е записан в { $path } ({ $rows } абзац до оригинала).
       *[other] Отчетът е записан в { $path } ({ $rows } абзаца до оригинала).
    }
report-prev = предишна страница
report-next = следваща страница
report-page = страница { $page } от { $pages }
report-pages = { $pages ->
        [one] Абзаците са на още { $pages } страница до него, за да се отваря бързо в браузър.
       *[other] Абзаците са на още { $pages } страници до него, за да се отваря всяка бързо в браузър.
    }

## lockstep check: проверка на преводите
check-error = грешка
check-warning = предупреждение
check-accepted = прието
check-source-at = оригинал: { $place }
check-summary = { $errors ->
        [one] { $errors } грешка
       *[other] { $errors } грешки
    }, { $warnings ->
        [one] { $warnings } предупреждение
       *[other] { $warnings } предупреждения
    } в { $beads ->
        [one] { $beads } проверен абзац
       *[other] { $beads } проверени абзаца
    }
check-accepted-hidden = { $count ->
        [one] { $count } приета забележка не е показана (--all я показва)
       *[other] { $count } приети забележки не са показани (--all ги показва)
    }
check-accept-done = { $lang } { $id }: прието ({ $checks }), докато абзацът не се промени
check-untranslated = преводът е текстът на оригинала, непреведен
check-number-missing = числото „{ $number }“ от оригинала липсва в превода
check-number-extra = числото „{ $number }“ не се среща в оригинала
check-number-changed = числото „{ $number }“ от оригинала тук е „{ $found }“
check-url-missing = връзката или адресът „{ $item }“ от оригинала липсва в превода
check-url-extra = връзката или адресът „{ $item }“ не се среща в оригинала
check-code-missing = кодът „{ $item }“ от оригинала липсва в превода
check-code-extra = кодът „{ $item }“ не се среща в оригинала
check-markup = { $what ->
        [links] връзки
        [images] изображения
        [emphasis] откроявания
       *[footnotes] препратки към бележки под линия
    }: { $source } в оригинала, { $target } в превода
check-mixed-script = думата „{ $word }“ смесва писмености: „{ $letters }“ е буква от друга писменост
check-look-alike = думата „{ $word }“ е написана с { $script ->
        [Latn] латински
        [Cyrl] кирилски
       *[Grek] гръцки
    } букви, които приличат на буквите на езика
check-script = думата „{ $word }“ е на { $script ->
        [Latn] латиница
        [Cyrl] кирилица
       *[Grek] гръцка азбука
    }, а в оригинала я няма (разрешете я в lockstep.toml: [check] allow)
check-question-mark = въпросът на гръцки завършва с „;“, а не с „?“
check-quotes = кавичката „{ $found }“ не е от кавичките на езика: { $expected }
check-quotes-unbalanced = кавичките { $quote } не са сдвоени
check-ending = оригиналът завършва { $source ->
        [stop] с точка
        [question] с въпросителен знак
        [exclamation] с удивителен знак
        [pause] със запетая, двоеточие или точка и запетая
       *[none] без препинателен знак
    }, а преводът { $target ->
        [stop] с точка
        [question] с въпросителен знак
        [exclamation] с удивителен знак
        [pause] със запетая, двоеточие или точка и запетая
       *[none] без препинателен знак
    }
check-marks = { $what ->
        [question] въпросителни знаци
       *[exclamation] удивителни знаци
    }: { $source } в оригинала, { $target } в превода
check-spaces-double = два интервала един след друг
check-spaces-before = интервал преди „{ $mark }“
check-spaces-inside = интервал вътре в „{ $mark }“
check-brackets = скобата „{ $bracket }“ няма двойка
check-repeated-word = „{ $word }“ два пъти поред
check-length = дължината на превода е { $ratio } пъти очакваната според оригинала ({ $target } знака при очаквани около { $expected })
check-glossary = в оригинала има „{ $term }“, а в превода няма нито един от вариантите в речника „{ $expected }“

## lockstep derive: производни преводи
derive-written = { $file }: записан въз основа на { $parent } ({ $from })
derive-up-to-date = { $file }: актуален спрямо { $parent }
derive-overwritten = { $file }: записан въз основа на { $parent } ({ $from }); ръчните редакции от ред { $line } нататък са презаписани
derive-edited = { $file }:{ $line }: редактиран ръчно, откакто lockstep го създаде от { $parent }; не е презаписан (--force го презаписва)
derive-no-parent = { $file }: няма от какво да се създаде, { $parent } не съществува
derive-dry-run = Проба: нищо не е записано.
status-derived-edited = { $path }:{ $line }: { $lang } е производен на { $from } и е редактиран ръчно (lockstep derive --force го презаписва)
status-derived-behind = { $path }: { $lang } изостава от { $from }: изпълнете „lockstep derive“
