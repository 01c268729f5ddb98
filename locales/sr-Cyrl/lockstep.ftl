# lockstep — српски (ћирилица). Речник термина је у locales/README.md.
# Латиница (sr-Latn) се прави из ове датотеке: python3 locales/make-sr-latn.py

## Помоћ за линију наредби

cli = Прати да ли преводи иду у корак са изворним документом: који преведени пасуси су застарели, шта се променило и шта још треба потврдити.
    .project = Фасцикла пројекта (подразумевано: најближа фасцикла навише која садржи lockstep.toml)
    .ui-lang = Језик порука програма lockstep, нпр. bg, sr-Latn или el
    .color = Када користити боје: auto, always или never (подразумевано: auto; поштује се NO_COLOR)
    .help = Приказује ову помоћ
    .version = Приказује издање
    .wait = Колико секунди наредба која записује чека друго покретање lockstep-а (подразумевано: 60)
cli-init = Прави lockstep.toml за изворни документ и бележи његове постојеће преводе у меморију
    .source = Изворни документ
    .langs = Циљни језици, раздвојени зарезима (ознаке језика по BCP 47, нпр. bg,sr-Cyrl,el,hr)
    .source-lang = Изворни језик (подразумевано: en)
    .translations = Где су преводи, са {"{"}lang{"}"} уместо ознаке језика (подразумевано: <назив>.{"{"}lang{"}"}.<проширење>)
cli-status = Приказује, по документу и језику, колико је пасуса ажурно, застарело, непреведено или без извора
    .langs = Само ови језици
    .check = Враћа излазни ко̂д 1 ако нешто није ажурно (за CI)
    .paragraphs = Наводи сваки пасус који није ажуран
    .by-source = По један ред за сваки изворни пасус који није свуда ажуран, са колоном за сваки језик
    .format = Формат излаза: text или json (подразумевано: text)
cli-diff = Приказује шта се променило у извору сваког застарелог пасуса од његовог превођења, уз превод
    .lang = Језик
    .ids = Само ови пасуси (идентификатори из status --paragraphs)
    .document = Само овај документ
    .format = Формат излаза: text или json (подразумевано: text)
cli-sync = Потврђује да су пасуси преведени према данашњем извору
    .lang = Језик
    .ids = Пасуси које треба потврдити (идентификатори из status --paragraphs)
    .all = Потврђује сваки пасус који има превод
    .document = Само овај документ
    .dry-run = Приказује шта би било потврђено, а ништа не записује
    .format = Формат излаза: text или json (подразумевано: text)
cli-export = Уписује застареле и непреведене пасусе једног језика у једну PO или XLIFF датотеку за CAT алат
    .lang = Језик
    .documents = Само ови документи (подразумевано: сви)
    .format = Формат датотеке: po, xliff (1.2) или xliff2 (2.1) (подразумевано: po)
    .output = Датотека у коју се уписује (подразумевано: стандардни излаз)
    .all = Сви пасуси, и ажурни
cli-import = Уписује преводе из PO или XLIFF датотеке у преведене документе и потврђује их
    .file = PO или XLIFF датотека
    .lang = Језик, за датотеку која не наводи свој
    .dry-run = Приказује шта би било уписано, а не уписује ништа
    .format = Формат излаза: text или json (подразумевано: text)
cli-report = Уписује извештај који се отвара у прегледачу: преглед свих докумената и језика и сваки превод уз извор
    .langs = Само ови језици (подразумевано: сви)
    .output = HTML датотека у коју се уписује (подразумевано: lockstep-report.html)
    .all = Сви пасуси упоредо, и ажурни (подразумевано: они који нису ажурни)
cli-minor = Бележи да данашња измена ових изворних пасуса не захтева нов превод, за сваки језик чији је превод био ажуран
    .paragraphs = Бројеви изворних пасуса (из paragraphs или status --paragraphs)
    .document = Документ (потребан када пројекат има више докумената)
    .force = Потврђује и измену која мења речи
    .dry-run = Приказује шта би било потврђено, а ништа не записује
    .format = Формат излаза: text или json (подразумевано: text)
cli-align = Поравнава изворну датотеку са њеним преводом, пасус по пасус
    .first = Изворна датотека или језик пројекта
    .second = Датотека превода (када је први аргумент датотека)
    .document = Документ (уз језик, када пројекат има више докумената)
    .format = Формат излаза: text или json (подразумевано: text)
cli-check = Проверава у преводима оно што машина може да препозна као грешку: бројеве, везе, код, писмо, интерпункцију, дужину, термине из речника
    .items = Само ови језици и документи (подразумевано: сви)
    .check = Враћа излазни ко̂д 1 ако остане налаз тежине „грешка“ (за CI)
    .all = Наводи и прихваћене налазе
    .accept = Прихвата налазе овог пасуса (ИДЕНТИФИКАТОР или ИДЕНТИФИКАТОР:ПРОВЕРА за једну проверу) док се пасус не промени; један језик
    .format = Формат излаза: text или json (подразумевано: text)
cli-derive = Уписује изведене преводе ([derive] у lockstep.toml) из језика из којих су изведени
    .items = Само ови изведени језици и документи (подразумевано: сви)
    .force = Преписује изведену датотеку која је ручно мењана
    .dry-run = Приказује шта би било уписано, а не уписује ништа
    .format = Формат излаза: text или json (подразумевано: text)
cli-paragraphs = Приказује како lockstep чита датотеку: број, врсту, ред и текст сваког пасуса
    .file = Датотека која се чита
    .format = Формат излаза: text или json (подразумевано: text)

cli-heading-usage = Употреба
cli-heading-commands = Наредбе
cli-heading-arguments = Аргументи
cli-heading-options = Опције
cli-value-command = НАРЕДБА
cli-value-options = ОПЦИЈЕ
cli-value-dir = ФАСЦИКЛА
cli-value-seconds = СЕКУНДЕ
cli-value-tag = ОЗНАКА
cli-value-when = КАДА
cli-value-lang = ЈЕЗИК
cli-value-langs = ЈЕЗИЦИ
cli-value-format = ФОРМАТ
cli-value-id = ИДЕНТИФИКАТОР
cli-value-doc = ДОКУМЕНТ
cli-value-para = ПАСУС
cli-value-source = ИЗВОР
cli-value-target = ПРЕВОД
cli-value-template = ШАБЛОН
cli-value-file = ДАТОТЕКА
cli-value-lang_or_doc = ЈЕЗИК|ДОКУМЕНТ

cli-error-invalid-value = неисправна вредност „{ $value }“ за { $arg } (могуће вредности: { $valid })
cli-error-bad-value = неисправна вредност „{ $value }“ за { $arg }
cli-error-missing-value = { $arg } захтева вредност
cli-error-unknown-argument = неочекиван аргумент „{ $arg }“
cli-error-unknown-command = непозната наредба „{ $command }“
cli-error-missing-argument = недостаје обавезан аргумент: { $arg }
cli-error-sync-what = наведите пасусе које потврђујете (њихове идентификаторе из „lockstep status --paragraphs“) или потврдите све са --all
cli-error-missing-command = потребна је наредба
cli-error-conflict = { $arg } не може да се користи уз { $other }
cli-error-values = погрешан број вредности за { $arg }
cli-error-other = линија наредби није исправна
cli-error-tip = да ли сте мислили на „{ $suggestion }“?
cli-error-help-hint = За више података погледајте „--help“.

## Грешке. Прво долазе датотека и ред, нпр. „a.md:3:7: порука“.

error-prefix = lockstep
error-not-found = датотека није пронађена
error-permission-denied = приступ је одбијен
error-is-directory = ово је фасцикла, а не датотека
error-io = читање или писање ове датотеке није успело
error-not-a-file = није обична датотека (цев, уређај или утичница): lockstep чита само датотеке
error-not-a-directory = део ове путање је датотека, а не фасцикла
error-storage-full = на уређају нема слободног простора
error-quota-exceeded = дисковна квота је прекорачена
error-read-only = систем датотека је само за читање
error-file-too-large = датотека је превелика
error-io-reason = датотека не може да се прочита или запише: { $reason }
error-utf16-without-bom = датотека изгледа као UTF-16 без ознаке редоследа бајтова (BOM); сачувајте је као UTF-8 (или UTF-16 са BOM)
error-invalid-utf8 = ово није исправан UTF-8 текст
error-project-not-found = нема lockstep.toml ни овде ни у некој фасцикли изнад (направите га наредбом „lockstep init“)
error-project-exists = lockstep.toml већ постоји
error-toml-syntax = ово није исправан TOML
error-unknown-key = непознат кључ „{ $key }“
error-missing-key = недостаје кључ „{ $key }“
error-wrong-type = „{ $key }“ мора бити { $expected ->
        [string] ниска
        [array] списак
        [boolean] true или false
       *[table] табела
    }
error-bad-language-tag = „{ $tag }“ није исправна ознака језика (BCP 47, нпр. bg, sr-Latn или el)
error-duplicate-language = језик „{ $tag }“ је наведен двапут или је то изворни језик
error-template-without-lang = шаблон превода „{ $path }“ не садржи {"{"}lang{"}"}
error-path-outside-project = путања „{ $path }“ излази из фасцикле пројекта
error-source-missing = изворни документ не постоји
error-duplicate-file = датотека „{ $path }“ се у пројекту користи двапут
error-language-not-in-project = „{ $tag }“ није међу језицима пројекта
error-memory-damaged = датотека меморије је оштећена: { $detail ->
        [header] први ред није заглавље меморије програма lockstep
        [id] идентификатор пасуса недостаје или се не састоји само од слова и цифара
        [empty] запис нема ни извор ни превод
        [duplicate-id] овај идентификатор се појављује двапут
        [record] сачувана преводна јединица не може да се прочита
        [store] датотеке увезене меморије не одговарају једна другој; поново увезите TMX датотеке да бисте је изградили
        [checksum] садржај не одговара записаном контролном збиру; поново увезите TMX датотеке да бисте изградили меморију
        [owner] први ред наводи други документ или језик: ово није меморија ове датотеке
       *[bead] овај ред није исправан запис
    }
error-memory-version = ову меморију је записало новије издање програма lockstep (формат { $version })
error-unknown-language = „{ $tag }“ није међу језицима пројекта
error-unknown-bead = у овом језику нема пасуса са идентификатором „{ $id }“
error-ambiguous-bead = идентификатор „{ $id }“ означава пасусе у више докумената; изаберите један помоћу --document
error-unknown-paragraph = извор нема пасус { $number }
error-paragraph-unchanged = пасус { $number } извора није мењан откако је преведен: нема измене за потврду
error-edit-changes-words = пасус { $number } извора: измена мења речи ({ $words }); мала измена је она која не тражи нов превод (интерпункција, велика слова, размаци, словна грешка). Додајте --force ако сви преводи и даље важе
error-unknown-document = „{ $path }“ није документ пројекта
error-document-required = пројекат има више докумената; изаберите један помоћу --document
error-locked = друго покретање lockstep-а записује у овај пројекат: покушајте поново када заврши (--wait СЕКУНДЕ чека дуже)
error-cannot-derive = „{ $tag }“ не може да се изведе из „{ $from }“: lockstep изводи српску (или босанску) латиницу из ћирилице, и то из језика који ни сам није изведен
error-glossary-language = „{ $tag }“ у првом реду речника није ознака језика; први ред наводи језике колона, прво изворни језик
error-glossary-source = прва колона речника је „{ $tag }“, а не изворни језик пројекта
error-glossary-columns = { $count ->
        [one] више ћелија него што први ред наводи ({ $count } колона)
        [few] више ћелија него што први ред наводи ({ $count } колоне)
       *[other] више ћелија него што први ред наводи ({ $count } колона)
    }
error-glossary-no-term = овај ред нема термин на изворном језику
error-accept-not-synced = пасус „{ $id }“ још није у меморији: синхронизујте језик пре него што прихватите његове налазе
error-accept-nothing = пасус „{ $id }“ нема такав налаз за прихватање
error-accept-one-language = --accept ради у једном језику: наведите га (lockstep check LANG --accept ID)
error-unknown-check = „{ $check }“ није назив провере (numbers, urls, code, markup, script, mixed-script, question-mark, quotes, ending, spaces, brackets, repeated-word, untranslated, length, glossary)
error-nothing-derived = у овом пројекту ниједан језик није изведен: наведите га у lockstep.toml ([derive] "sr-Latn" = "sr-Cyrl")
error-not-derived = „{ $tag }“ није изведен језик
error-sync-derived = { $tag } је изведен из { $from }: синхронизујте { $from }, а { $tag } ће га пратити
error-import-derived = { $tag } је изведен из { $from }: увезите превод на { $from }, а { $tag } ће га пратити
error-export-derived = { $tag } је изведен из { $from }: извезите { $from } за преводиоце, а { $tag } ће га пратити
error-derived-record = овај запис изведене датотеке је оштећен или припада другом документу или језику: обришите га и „lockstep derive“ ће га поново уписати (ручна измена изведене датотеке се тада више не разликује од датотеке која само заостаје)
error-report-page-in-the-way = овде иде страна извештаја, а ову датотеку није уписао lockstep: померите је или наведите другу датотеку извештаја са -o
waiting-for-lock = чека се да друго покретање lockstep-а (процес { $pid }) заврши; одустаје се после { $seconds } s…

## Стања и табеле

state-current = ажурно
state-stale = застарело
state-missing = непреведено
state-orphaned = без извора
intent-omission = изостављено
intent-addition = додато
confirm-omission = записано као намерно изостављање
confirm-addition = записано као намерни додатак
percent = { $value }%
status-col-document = Документ
status-col-language = Језик
status-col-percent = Ажурност
status-col-current = ажурни
status-col-stale = застарели
status-col-missing = непреведени
status-col-orphaned = без извора
status-not-started = { $lang }: { $path } још не постоји: превођење није почело
status-not-synced = { $lang }: меморија још не постоји; када проверите поравнање, покрените „lockstep sync { $lang } --all“
warning-stray-memory = упозорење: { $path } је меморија документа и језика којих у пројекту нема (преименован документ или уклоњен језик?); lockstep је не чита
status-total = { $lang }, сви документи: { $percent }% ажурно; { $stale ->
        [one] { $stale } застарео пасус
        [few] { $stale } застарела пасуса
       *[other] { $stale } застарелих пасуса
    }, { $missing ->
        [one] { $missing } непреведен
        [few] { $missing } непреведена
       *[other] { $missing } непреведених
    }, { $orphaned } без извора, у { $documents } од { $all ->
        [one] { $all } документа
        [few] { $all } документа
       *[other] { $all } докумената
    }
status-beads-heading = { $document } → { $lang } ({ $path })
status-by-source-heading = { $document }: изворни пасуси који нису ажурни у свим језицима
status-by-source-none = Сваки изворни пасус је ажуран у свим језицима.
bead-place = ¶{ $source } → ¶{ $target }
bead-target-edited = (превод је у међувремену измењен)

## Разлике

diff-heading = { $document } · { $id } · извор ¶{ $source } → превод ¶{ $target }
diff-source-label = Извор, измене од превођења:
diff-source-new-label = Извор, нов од последње потврде (још није преведен):
diff-source-removed-label = Извор према коме је последњи пут потврђен (више га нема у извору):
diff-intentional = { $what ->
        [omission] Намерно изостављен из превода (забележено са sync): остаје ажуран док се његов извор не промени.
       *[addition] Намерно додат у превод (забележено са sync): нема изворни пасус.
    }
diff-source-none-label = Извор: нема га (овај пасус превода не одговара ниједном пасусу извора)
diff-target-label = Превод:
diff-target-edited-label = Превод (измењен након измене извора):
diff-no-target = (нема превода)
diff-none = За { $lang } нема застарелих пасуса.
diff-count = { $count ->
        [one] { $count } застарео пасус за { $lang }.
        [few] { $count } застарела пасуса за { $lang }.
       *[other] { $count } застарелих пасуса за { $lang }.
    }

## Потврђивање, мање измене, прављење пројекта

sync-done = { $lang }: { $count ->
        [one] потврђен је { $count } пасус
        [few] потврђена су { $count } пасуса
       *[other] потврђено је { $count } пасуса
    }, { $files ->
        [one] записана је { $files } датотека меморије.
        [few] записане су { $files } датотеке меморије.
       *[other] записано је { $files } датотека меморије.
    }
minor-done = Мања измена је потврђена за { $languages ->
        [one] { $languages } језик.
        [few] { $languages } језика.
       *[other] { $languages } језика.
    }
sync-dry-run = { $lang }: { $count ->
        [one] { $count } пасус би био потврђен
        [few] { $count } пасуса би била потврђена
       *[other] { $count } пасуса би било потврђено
    } (проба: ништа није записано).
minor-dry-run = Мања измена би била потврђена у { $languages ->
        [one] { $languages } језику
        [few] { $languages } језика
       *[other] { $languages } језика
    } (проба: ништа није записано).
init-done = Записан је { $path }; { $count ->
        [0] превода још нема, па меморија није записана.
        [one] меморија је записана за { $count } језик: { $langs }.
        [few] меморија је записана за { $count } језика: { $langs }.
       *[other] меморија је записана за { $count } језика: { $langs }.
    }
init-respelled = { $given }: { $expected } не постоји, али { $path } је на истом језику: записан је као { $tag }.
init-missing = { $lang }: { $path } још не постоји; сви пасуси су непреведени док се не преведе.

## Пасуси и поравнање

paragraphs-col-number = ¶
paragraphs-col-kind = Врста
paragraphs-col-line = Ред
paragraphs-col-text = Текст
kind-heading = наслов
kind-paragraph = пасус
kind-list_item = ставка списка
kind-quote = цитат
kind-table_cell = ћелија табеле
align-col-source = Извор ¶
align-col-target = Превод ¶
align-col-score = Оцена
align-col-source-text = Извор
align-col-target-text = Превод
align-summary = { $beads ->
        [one] { $beads } пар
        [few] { $beads } пара
       *[other] { $beads } парова
    }, { $flagged ->
        [one] { $flagged } означен
        [few] { $flagged } означена
       *[other] { $flagged } означених
    } са „!“ за пажљивију проверу (оцена испод 0,75).
align-omitted = (изостављено у преводу)
align-added = (додато у преводу)

## Преводилачка меморија

cli-suggest = Предлози из преводилачке меморије за застареле и непреведене пасусе или за било који текст
    .lang = Језик
    .ids = Само ови пасуси (идентификатори из status --paragraphs)
    .text = Претражи овај текст уместо пасуса пројекта
    .document = Само овај документ
    .max = Колико поклапања да се прикаже по пасусу (подразумевано: 3)
    .min-score = Најмања сличност у процентима (подразумевано: 70)
    .format = Формат излаза: text или json (подразумевано: text)
cli-tm = Увоз и извоз преводилачких меморија (TMX)
cli-tm-import = Увози TMX датотеке у преводилачку меморију пројекта
    .files = TMX датотеке
cli-tm-export = Извози преводилачку меморију пројекта у TMX датотеку
    .output = TMX датотека која се записује
    .langs = Само ови циљни језици (подразумевано: сви)
cli-tm-verify = Провера увезене преводне меморије: свака датотека према контролном збиру, свака јединица прочитана
cli-value-text = ТЕКСТ
cli-value-n = БРОЈ
cli-value-percent = ПРОЦЕНАТ
suggest-heading = { $document } · { $id } · извор ¶{ $source } ({ $state })
suggest-match = { $score } · { $kind } · { $origin }
suggest-kind-context = ранији превод истог пасуса
suggest-kind-exact = потпуно поклапање
suggest-kind-fuzzy = делимично поклапање
suggest-origin-memory = овај пројекат, { $document }
suggest-no-match = (нема поклапања)
suggest-nothing = За { $lang } нема шта да се тражи: нема застарелих ни непреведених пасуса.
diff-suggestion-label = Преводилачка меморија:
tm-importing = Увоз датотеке { $file }
tm-imported = { $units ->
        [one] Увезена је { $units } јединица
        [few] Увезене су { $units } јединице
       *[other] Увезено је { $units } јединица
    } ({ $duplicates ->
        [one] { $duplicates } је већ постојала
        [few] { $duplicates } су већ постојале
       *[other] { $duplicates } је већ постојало
    }); увезена меморија укупно садржи { $total }.
tm-skipped-unit = упозорење: преводна јединица је прескочена: њен текст је дужи од { $limit } MiB
tm-exported = { $units ->
        [one] { $units } јединица је записана у { $path }.
        [few] { $units } јединице су записане у { $path }.
       *[other] { $units } јединица је записано у { $path }.
    }
tm-verified = { $units ->
        [one] Увезена меморија је цела: { $units } јединица.
        [few] Увезена меморија је цела: { $units } јединице.
       *[other] Увезена меморија је цела: { $units } јединица.
    }
tmx-io = датотека не може да се прочита
tmx-bad-encoding = текст није исправан у кодирању датотеке
tmx-unknown-encoding = lockstep не може да чита кодирање „{ $encoding }“
tmx-malformed = XML није исправно обликован: { $problem ->
        [mismatched-end-tag] завршна ознака „{ $found }“ не затвара „{ $expected }“
        [unmatched-end-tag] завршна ознака „{ $found }“ не затвара ниједан елемент
        [unexpected-eof] датотека се завршава унутар елемента
        [no-root-element] нема коренског елемента
        [unclosed-tag] ознака није затворена
        [unclosed-attribute-value] вредност атрибута није затворена
       *[markup] ознаке су овде оштећене
    }
tmx-unknown-entity = ентитет „{ $entity }“ није међу онима које XML унапред дефинише; lockstep никада не развија ентитете
tmx-bad-char-ref = „{ $reference }“ не означава ниједан знак
tmx-dtd-refused = одбијено: документ декларише сопствене ентитете или DTD, које lockstep никада не развија
tmx-not-tmx = није TMX документ (коренски елемент је „{ $element }“)
tmx-missing-lang = варијанта превода нема језик (xml:lang)
tmx-bad-lang = „{ $tag }“ није ознака језика
tmx-missing-seg = варијанта превода нема сегмент (seg)
tmx-no-variants = преводна јединица нема варијанти
tmx-too-long = део ове датотеке без ознака дужи је од { $limit } MiB: lockstep не увози тако дуге текстове
exchange-title = { $project }: пасуси за превод на { $lang }
exchange-changed = Измењено у извору после превода:
export-nothing = { $lang }: нема шта да се извезе, сви пасуси су ажурни; датотека није уписана.
export-done = { $count ->
        [one] { $count } пасус за { $lang } уписан у { $path }
        [few] { $count } пасуса за { $lang } уписана у { $path }
       *[other] { $count } пасуса за { $lang } уписано у { $path }
    } (застарело: { $stale }, непреведено: { $missing }).
import-done = { $lang }: { $written ->
        [one] { $written } пасус уписан и потврђен
        [few] { $written } пасуса уписана и потврђена
       *[other] { $written } пасуса уписано и потврђено
    }, прескочено: { $skipped }; { $files ->
        [one] уписана је { $files } датотека.
        [few] уписане су { $files } датотеке.
       *[other] уписано је { $files } датотека.
    }
import-dry-run = { $lang }: { $written ->
        [one] { $written } пасус био би уписан и потврђен
        [few] { $written } пасуса била би уписана и потврђена
       *[other] { $written } пасуса било би уписано и потврђено
    }, прескочено: { $skipped } (проба: ништа није уписано).
import-written = уписано и потврђено (било је: { $state })
import-still-stale = уписано, али и даље застарело: извор је измењен после извоза
import-skip-fuzzy = прескочено: означено као непоуздано (fuzzy)
import-skip-empty = прескочено: нема превода
import-skip-unchanged = прескочено: то је већ превод, и ажурно је
import-skip-not-done = прескочено: и даље означено као да тражи превод, а текст је онај из документа или копија извора
import-skip-incomplete = прескочено: подељено на сегменте, а један сегмент нема превод
import-skip-table-cell = прескочено: нова ћелија табеле (нови ред или колона): додајте је у табелу ручно
import-skip-changed-since-export = прескочено: превод у документу је измењен после извоза (извезите поново, да се тај рад не препише)
import-skip-source-removed = прескочено: пасус извора је уклоњен
import-skip-scattered = прескочено: превод стоји на више места у документу
import-skip-would-not-fit = прескочено: уписан ту, текст се не би прочитао као исти пасуси (ознака списка или наслова на почетку?)
exchange-never-synced = { $lang } никада није синхронизован, па би сви пасуси били непреведени: прво потврдите превод какав јесте (lockstep sync { $lang } --all)
exchange-po-syntax = ред који није исправан PO
exchange-xml-syntax = XML није исправно обликован
exchange-not-ours = овај унос није извезао lockstep (не наводи документ и пасус)
exchange-no-language = датотека не наводи свој циљни језик: наведите га са --lang
exchange-wrong-language = датотека је за „{ $tag }“, а то није језик овог пројекта
exchange-wrong-source-language = датотека преводи са „{ $tag }“, а то није изворни језик пројекта
exchange-unknown-document = „{ $path }“ није документ овог пројекта
exchange-unknown-bead = у овом документу нема пасуса „{ $id }“: да ли је датотека за други пројекат, или је пасус уклоњен? (извезите поново)
exchange-duplicate-entry = пасус „{ $id }“ се јавља двапут у датотеци
exchange-inline-code = код <{ $element }> у преводу: lockstep је извезао обичан текст и не може да га смести
exchange-changed-meanwhile = превод се променио док га је увоз читао: покрените увоз поново
report-title = { $project }: преводи
report-made = Направио lockstep { $date }. Изворни језик: { $lang }.
report-overview = Преглед
report-document = Документ
report-totals = Сви документи
report-only-open = Прикажи само пасусе који нису ажурни
report-detail-title = { $document } → { $lang }
report-detail-empty = Сви пасуси су ажурни.
report-col-pair = Пасус
report-col-source = Извор
report-col-translation = Превод
report-col-memory = Преводилачка меморија
report-no-source = (нема пасуса у извору)
report-no-translation = (нема превода)
report-diff = Измењено после превода:
report-cell = ажурно: { $current } · застарело: { $stale } · непреведено: { $missing } · без извора: { $orphaned }
report-not-started = није започето: непреведено { $missing }
report-confirmed = последњи пут потврђено { $date }
report-waiting = { $days ->
        [one] најстарије застарело: потврђено пре { $days } дан
        [few] најстарије застарело: потврђено пре { $days } дана
       *[other] најстарије застарело: потврђено пре { $days } дана
    }
report-written = { $rows ->
        [one] Извештај је уписан у { $path } ({ $rows } пасус упоредо).
        [few] Извештај је уписан у { $path } ({ $rows } пасуса упоредо).
       *[other] Извештај је уписан у { $path } ({ $rows } пасуса упоредо).
    }
report-prev = претходна страна
report-next = следећа страна
report-page = страна { $page } од { $pages }
report-pages = { $pages ->
        [one] Пасуси су на још { $pages } страни уз њега, да би се свака брзо отварала у прегледачу.
        [few] Пасуси су на још { $pages } стране уз њега, да би се свака брзо отварала у прегледачу.
       *[other] Пасуси су на још { $pages } страна уз њега, да би се свака брзо отварала у прегледачу.
    }

## lockstep check: провера превода
check-error = грешка
check-warning = упозорење
check-accepted = прихваћено
check-source-at = извор: { $place }
check-summary = { $errors ->
        [one] { $errors } грешка
        [few] { $errors } грешке
       *[other] { $errors } грешака
    }, { $warnings ->
        [one] { $warnings } упозорење
        [few] { $warnings } упозорења
       *[other] { $warnings } упозорења
    } у { $beads ->
        [one] { $beads } провереном пасусу
        [few] { $beads } проверена пасуса
       *[other] { $beads } проверених пасуса
    }
check-accepted-hidden = { $count ->
        [one] { $count } прихваћен налаз није приказан (--all га приказује)
        [few] { $count } прихваћена налаза нису приказана (--all их приказује)
       *[other] { $count } прихваћених налаза није приказано (--all их приказује)
    }
check-accept-done = { $lang } { $id }: прихваћено ({ $checks }) док се пасус не промени
check-untranslated = превод је текст извора, непреведен
check-number-missing = број „{ $number }“ из извора није у преводу
check-number-extra = броја „{ $number }“ нема у извору
check-number-changed = број „{ $number }“ из извора овде гласи „{ $found }“
check-url-missing = веза или адреса „{ $item }“ из извора није у преводу
check-url-extra = везе или адресе „{ $item }“ нема у извору
check-code-missing = код „{ $item }“ из извора није у преводу
check-code-extra = кода „{ $item }“ нема у извору
check-markup = { $what ->
        [links] везе
        [images] слике
        [emphasis] истицања
       *[footnotes] позиви на фусноте
    }: { $source } у извору, { $target } у преводу
check-mixed-script = реч „{ $word }“ меша писма: „{ $letters }“ је слово другог писма
check-look-alike = реч „{ $word }“ написана је { $script ->
        [Latn] латиничним
        [Cyrl] ћириличним
       *[Grek] грчким
    } словима која личе на слова овог језика
check-script = реч „{ $word }“ написана је { $script ->
        [Latn] латиницом
        [Cyrl] ћирилицом
       *[Grek] грчким писмом
    }, а у извору је нема (дозволите је у lockstep.toml: [check] allow)
check-question-mark = грчко питање се завршава са „;“, а не са „?“
check-quotes = наводник „{ $found }“ није наводник овог језика: { $expected }
check-quotes-unbalanced = наводници { $quote } нису упарени
check-ending = извор се завршава { $source ->
        [stop] тачком
        [question] упитником
        [exclamation] узвичником
        [pause] зарезом, двотачком или тачком и зарезом
       *[none] без интерпункције
    }, а превод { $target ->
        [stop] тачком
        [question] упитником
        [exclamation] узвичником
        [pause] зарезом, двотачком или тачком и зарезом
       *[none] без интерпункције
    }
check-marks = { $what ->
        [question] упитници
       *[exclamation] узвичници
    }: { $source } у извору, { $target } у преводу
check-spaces-double = два размака заредом
check-spaces-before = размак испред „{ $mark }“
check-spaces-inside = размак унутар „{ $mark }“
check-brackets = заграда „{ $bracket }“ нема пар
check-repeated-word = „{ $word }“ двапут заредом
check-length = дужина превода је { $ratio } од очекиване према извору ({ $target } знакова уместо око { $expected })
check-glossary = у извору је „{ $term }“, а у преводу нема ниједног облика из речника: „{ $expected }“

## lockstep derive: изведени преводи
derive-written = { $file }: уписано према { $parent } ({ $from })
derive-up-to-date = { $file }: ажурно у односу на { $parent }
derive-overwritten = { $file }: уписано према { $parent } ({ $from }); ручне измене од реда { $line } надаље су преписане
derive-edited = { $file }:{ $line }: ручно мењано откако га је lockstep извео из { $parent }; није преписано (--force га преписује)
derive-no-parent = { $file }: нема шта да се изведе, { $parent } не постоји
derive-dry-run = Проба: ништа није уписано.
status-derived-edited = { $path }:{ $line }: { $lang } је изведен из { $from } и ручно је мењан (lockstep derive --force га преписује)
status-derived-behind = { $path }: { $lang } заостаје за { $from }: покрените „lockstep derive“
