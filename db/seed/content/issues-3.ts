import type { SeedIssue } from "../types";

/** Sample issues, 12 January – 2 February 2026. */
export const issues: SeedIssue[] = [
  // ─────────────────────────────────────────────── 2026-01-12
  {
    weekStart: "2026-01-12",
    articles: [
      {
        section: "security",
        trend: "unchanged",
        authors: ["alena-kavalchuk"],
        tags: ["military-exercises", "csto"],
        translations: {
          en: {
            title: "Minsk and Moscow Begin Planning an Autumn Joint Exercise",
            lead: "The defence ministries of Belarus and Russia have opened the planning cycle for a joint command-staff exercise later this year. The format looks routine, but its scale and the role given to the CSTO will show how far Minsk is prepared to go.",
            body: `<p>This week the defence ministries of Belarus and Russia held the first planning conference for a joint command-staff exercise scheduled for the autumn. According to official reports, the sides discussed the scenario, the participating units and the use of training grounds on Belarusian territory. No figures on troop numbers were released.</p>
<p>The planning cycle itself is routine: joint exercises have been held regularly since the Regional Grouping of Forces was set up. What matters is the format. After the large-scale drills of 2025, Minsk has signalled that it prefers a staff-centred event with a limited deployment of Russian troops. That would reduce tension with its neighbours at a time when traffic across the border is only slowly recovering.</p>
<h2>The CSTO dimension</h2>
<p>Belarusian officials also floated the idea of adding a CSTO component, with observers or small contingents from other member states. For Minsk this is a way to present the exercise as a multilateral, defensive undertaking rather than a bilateral show of force.</p>
<p>We expect the main parameters to be fixed by spring. A decision to keep the Russian presence modest would confirm that Minsk is trying to balance its alliance obligations with cautious de-escalation on its western border.</p>`,
            seoDescription: "Belarus and Russia open planning for an autumn command-staff exercise, with Minsk floating a CSTO component.",
          },
          be: {
            title: "Мінск і Масква пачалі планаваць восеньскія сумесныя вучэнні",
            lead: "Міністэрствы абароны Беларусі і Расіі адкрылі цыкл падрыхтоўкі да сумесных камандна-штабных вучэнняў, якія пройдуць пазней у гэтым годзе. Фармат выглядае звычайным, аднак маштаб і роля АДКБ пакажуць, як далёка гатовы пайсці Мінск.",
            body: `<p>На гэтым тыдні міністэрствы абароны Беларусі і Расіі правялі першую планавальную канферэнцыю па сумесных камандна-штабных вучэннях, прызначаных на восень. Паводле афіцыйных паведамленняў, бакі абмеркавалі сцэнар, склад падраздзяленняў і выкарыстанне палігонаў на беларускай тэрыторыі. Лічбаў наконт колькасці войскаў не агучылі.</p>
<p>Сам цыкл планавання звычайны: сумесныя вучэнні рэгулярна праводзяцца з часу стварэння Рэгіянальнай групоўкі войскаў. Значэнне мае фармат. Пасля маштабных вучэнняў 2025 года Мінск дае зразумець, што аддае перавагу штабным мерапрыемствам з абмежаваным разгортваннем расійскіх войскаў. Гэта знізіла б напружанне ў адносінах з суседзямі ў той час, калі рух праз мяжу толькі павольна аднаўляецца.</p>
<h2>Вымярэнне АДКБ</h2>
<p>Беларускія афіцыйныя асобы таксама выказалі ідэю дадаць кампанент АДКБ – з назіральнікамі або невялікімі кантынгентамі іншых краін-удзельніц. Для Мінска гэта спосаб падаць вучэнні як шматбаковае абарончае мерапрыемства, а не як двухбаковую дэманстрацыю сілы.</p>
<p>Мы чакаем, што асноўныя параметры будуць вызначаныя да вясны. Рашэнне абмежаваць расійскую прысутнасць пацвердзіла б, што Мінск спрабуе спалучыць саюзніцкія абавязацельствы з асцярожнай дээскалацыяй на заходняй мяжы.</p>`,
            seoDescription: "Беларусь і Расія пачалі планаваць восеньскія камандна-штабныя вучэнні; Мінск прапануе дадаць кампанент АДКБ.",
          },
          ru: {
            title: "Минск и Москва начали планировать осенние совместные учения",
            lead: "Министерства обороны Беларуси и России открыли цикл подготовки к совместным командно-штабным учениям, которые пройдут позже в этом году. Формат выглядит рутинным, однако масштаб и роль ОДКБ покажут, как далеко готов зайти Минск.",
            body: `<p>На этой неделе министерства обороны Беларуси и России провели первую планировочную конференцию по совместным командно-штабным учениям, назначенным на осень. По официальным данным, стороны обсудили замысел, состав подразделений и использование полигонов на белорусской территории. Данных о численности войск не приводилось.</p>
<p>Сам цикл планирования рутинный: совместные учения регулярно проводятся со времени создания Региональной группировки войск. Значение имеет формат. После масштабных учений 2025 года Минск даёт понять, что предпочитает штабные мероприятия с ограниченным развёртыванием российских войск. Это снизило бы напряжённость в отношениях с соседями в момент, когда движение через границу лишь медленно восстанавливается.</p>
<h2>Измерение ОДКБ</h2>
<p>Белорусские официальные лица также предложили добавить компонент ОДКБ – с наблюдателями или небольшими контингентами других государств-членов. Для Минска это способ представить учения как многостороннее оборонительное мероприятие, а не как двустороннюю демонстрацию силы.</p>
<p>Мы ожидаем, что основные параметры будут определены к весне. Решение ограничить российское присутствие подтвердило бы, что Минск пытается совместить союзнические обязательства с осторожной деэскалацией на западной границе.</p>`,
            seoDescription:
              "Беларусь и Россия начали планировать осенние командно-штабные учения; Минск предлагает добавить компонент ОДКБ.",
          },
        },
      },
      {
        section: "domestic-politics",
        trend: "improved",
        authors: ["pavel-hrynevich"],
        tags: ["political-prisoners", "civil-society"],
        translations: {
          en: {
            title: "New Year Pardons Free Another Group of Political Prisoners",
            lead: "Lukashenka pardoned a further group of people convicted in politically motivated cases, continuing a practice that began in 2024. The releases are welcome, but they still depend on the personal decision of the head of state and leave untouched the laws that generate new cases.",
            body: `<p>In the second week of January, Lukashenka signed a pardon decree covering several dozen people convicted under articles commonly used against participants in the 2020 protests and critics of the authorities. Most of those released had already served a large part of their sentences; some had submitted petitions for clemency, which remains a formal condition for release.</p>
<p>The decree continues a pattern that has become familiar since mid-2024: releases in batches, often timed to holidays or to signals addressed to Western capitals. Human rights defenders note that the overall number of political prisoners declined over the past year, although more slowly than the releases alone would suggest.</p>
<ul><li>Pardons remain individual and depend on the will of the authorities; there is no amnesty law.</li><li>Those released are often placed under supervision or pushed to leave the country.</li><li>Prosecutions under “extremism” articles continue.</li></ul>
<p>We assess this week’s development as a modest improvement. The next indicator to watch is whether the authorities extend pardons to well-known figures. That would signal a readiness to use releases as a bargaining chip in contacts with the EU and the United States.</p>`,
            seoDescription:
              "Lukashenka pardons another group of political prisoners, but releases stay discretionary and new prosecutions continue.",
          },
          be: {
            title: "Навагоднія памілаванні вызвалілі яшчэ адну групу палітвязняў",
            lead: "Лукашэнка памілаваў чарговую групу людзей, асуджаных па палітычна матываваных справах, і тым самым працягнуў практыку, якая пачалася ў 2024 годзе. Вызваленні – добрая навіна, аднак яны па-ранейшаму залежаць ад асабістага рашэння кіраўніка дзяржавы і не закранаюць законаў, паводле якіх узнікаюць новыя справы.",
            body: `<p>У другі тыдзень студзеня Лукашэнка падпісаў указ аб памілаванні некалькіх дзясяткаў чалавек, асуджаных паводле артыкулаў, якія звычайна выкарыстоўваюць супраць удзельнікаў пратэстаў 2020 года і крытыкаў улады. Большасць вызваленых ужо адбыла значную частку тэрміну; некаторыя пісалі прашэнні аб памілаванні, што па-ранейшаму застаецца фармальнай умовай вызвалення.</p>
<p>Указ працягвае схему, якая стала звыклай з сярэдзіны 2024 года: вызваленні групамі, часта прымеркаваныя да святаў або да сігналаў заходнім сталіцам. Праваабаронцы адзначаюць, што агульная колькасць палітвязняў за мінулы год скарацілася, хоць і павольней, чым можна было б меркаваць паводле саміх вызваленняў.</p>
<ul><li>Памілаванні застаюцца індывідуальнымі і залежаць ад волі ўлады; закона аб амністыі няма.</li><li>Вызваленых часта ставяць пад нагляд або падштурхоўваюць да ад’езду з краіны.</li><li>Пераслед паводле «экстрэмісцкіх» артыкулаў працягваецца.</li></ul>
<p>Мы ацэньваем падзеі тыдня як сціплае паляпшэнне. Наступны паказчык, за якім варта сачыць, – ці пашырыць улада памілаванні на вядомых асоб. Гэта сведчыла б пра гатоўнасць выкарыстоўваць вызваленні як козыр у кантактах з ЕС і ЗША.</p>`,
            seoDescription:
              "Лукашэнка памілаваў чарговую групу палітвязняў, але механізм застаецца дыскрэцыйным, а новыя справы не спыняюцца.",
          },
          ru: {
            title: "Новогодние помилования освободили ещё одну группу политзаключённых",
            lead: "Лукашенко помиловал очередную группу людей, осуждённых по политически мотивированным делам, продолжив практику, начатую в 2024 году. Освобождения – хорошая новость, однако они по-прежнему зависят от личного решения главы государства и не затрагивают законов, порождающих новые дела.",
            body: `<p>Во вторую неделю января Лукашенко подписал указ о помиловании нескольких десятков человек, осуждённых по статьям, которые обычно применяются против участников протестов 2020 года и критиков власти. Большинство освобождённых уже отбыли значительную часть срока; некоторые писали прошения о помиловании, что по-прежнему остаётся формальным условием освобождения.</p>
<p>Указ продолжает схему, ставшую привычной с середины 2024 года: освобождения группами, часто приуроченные к праздникам или к сигналам западным столицам. Правозащитники отмечают, что общее число политзаключённых за прошедший год сократилось, хотя и медленнее, чем можно было бы предположить, глядя на сами освобождения.</p>
<ul><li>Помилования остаются индивидуальными и зависят от воли власти; закона об амнистии нет.</li><li>Освобождённых часто ставят под надзор или подталкивают к отъезду из страны.</li><li>Преследования по «экстремистским» статьям продолжаются.</li></ul>
<p>Мы оцениваем события недели как скромное улучшение. Следующий индикатор, за которым стоит следить, – распространит ли власть помилования на известных людей. Это говорило бы о готовности использовать освобождения как козырь в контактах с ЕС и США.</p>`,
            seoDescription:
              "Лукашенко помиловал очередную группу политзаключённых, но механизм остаётся дискреционным, а новые дела не прекращаются.",
          },
        },
      },
      {
        section: "economy",
        trend: "worsened",
        authors: ["maryna-lapitskaya"],
        tags: ["trade", "inflation"],
        translations: {
          en: {
            title: "Preliminary 2025 Data Confirm a Marked Slowdown in Growth",
            lead: "Preliminary statistics for 2025 show the economy grew by only a little over one percent, far less than in the previous two years. The drivers of the post-2022 recovery – Russian demand and import substitution – are visibly exhausted.",
            body: `<p>The National Statistical Committee published its preliminary estimates for 2025 this week. GDP growth slowed to just over 1%, compared with around 4% in each of the two preceding years. Industrial output stayed roughly flat, while construction and retail trade provided most of the growth.</p>
<p>The slowdown has a clear external cause. Demand in Russia, which absorbs the bulk of Belarusian exports, cooled as Russian interest rates stayed high, and the price advantage Belarusian goods enjoyed in 2023–2024 has faded. Exports of machinery and food products fell in real terms, and inventories at state enterprises rose again.</p>
<h2>What to expect</h2>
<p>The government’s forecast for 2026 still assumes growth of around 4%, which looks unrealistic without a new stimulus. The most likely response is more directed lending to state enterprises and tighter administrative control over prices, both of which carry inflation risks. We expect the authorities to revise their targets quietly in the spring, while pointing to wage growth and low unemployment as evidence of stability.</p>`,
            seoDescription:
              "Preliminary 2025 data show Belarusian GDP growth slowing to just over 1% as Russian demand cools and exports weaken.",
          },
          be: {
            title: "Папярэднія даныя за 2025 год пацвердзілі прыкметнае запаволенне росту",
            lead: "Паводле папярэдняй статыстыкі за 2025 год, эканоміка вырасла толькі крыху больш чым на адзін працэнт – значна менш, чым у папярэднія два гады. Рухавікі аднаўлення пасля 2022 года – расійскі попыт і імпартазамяшчэнне – відавочна вычарпаліся.",
            body: `<p>На гэтым тыдні Нацыянальны статыстычны камітэт апублікаваў папярэднія ацэнкі за 2025 год. Рост ВУП запаволіўся да крыху больш чым 1% супраць прыкладна 4% у кожны з двух папярэдніх гадоў. Прамысловая вытворчасць засталася амаль на ранейшым узроўні, а асноўны ўклад у рост далі будаўніцтва і рознічны гандаль.</p>
<p>Запаволенне мае выразную знешнюю прычыну. Попыт у Расіі, куды ідзе большая частка беларускага экспарту, астыў на фоне высокіх расійскіх працэнтных ставак, а цэнавая перавага беларускіх тавараў, якую яны мелі ў 2023–2024 гадах, знікла. Экспарт машынабудаўнічай і харчовай прадукцыі ў рэальным выражэнні скараціўся, а складскія запасы на дзяржаўных прадпрыемствах зноў выраслі.</p>
<h2>Чаго чакаць</h2>
<p>Урадавы прагноз на 2026 год па-ранейшаму закладвае рост каля 4%, што без новага стымулу выглядае нерэалістычна. Найбольш верагодны адказ – больш мэтавага крэдытавання дзяржпрадпрыемстваў і мацнейшы адміністрацыйны кантроль над цэнамі, што нясе рызыкі для інфляцыі. Мы чакаем, што ўлада ціха перагледзіць свае арыенціры вясной, а як доказ стабільнасці будзе падкрэсліваць рост заробкаў і нізкае беспрацоўе.</p>`,
            seoDescription: "Папярэднія даныя за 2025 год: рост ВУП запаволіўся да крыху больш за 1%, а расійскі попыт слабее.",
          },
          ru: {
            title: "Предварительные данные за 2025 год подтвердили заметное замедление роста",
            lead: "По предварительной статистике за 2025 год, экономика выросла лишь немногим более чем на один процент – намного меньше, чем в предыдущие два года. Двигатели восстановления после 2022 года – российский спрос и импортозамещение – явно исчерпаны.",
            body: `<p>На этой неделе Национальный статистический комитет опубликовал предварительные оценки за 2025 год. Рост ВВП замедлился до немногим более 1% против примерно 4% в каждый из двух предыдущих лет. Промышленное производство осталось практически на прежнем уровне, а основной вклад в рост обеспечили строительство и розничная торговля.</p>
<p>У замедления есть очевидная внешняя причина. Спрос в России, куда направляется большая часть белорусского экспорта, остыл на фоне высоких процентных ставок, а ценовое преимущество белорусских товаров, которое они имели в 2023–2024 годах, исчезло. Экспорт машиностроительной и пищевой продукции в реальном выражении сократился, а складские запасы на государственных предприятиях снова выросли.</p>
<h2>Чего ожидать</h2>
<p>Правительственный прогноз на 2026 год по-прежнему закладывает рост около 4%, что без нового стимула выглядит нереалистично. Наиболее вероятный ответ – больше целевого кредитования госпредприятий и более жёсткий административный контроль над ценами, что несёт инфляционные риски. Мы ожидаем, что власти тихо пересмотрят ориентиры весной, а в качестве доказательства стабильности будут подчёркивать рост зарплат и низкую безработицу.</p>`,
            seoDescription: "Предварительные данные за 2025 год: рост ВВП замедлился до немногим более 1%, российский спрос слабеет.",
          },
        },
      },
      {
        section: "belarus-russia",
        trend: "unchanged",
        authors: ["andrei-zhuk"],
        tags: ["energy", "union-state"],
        translations: {
          en: {
            title: "Gas Price for 2026 Preserves Minsk’s Energy Advantage",
            lead: "Minsk and Moscow have confirmed that the price of Russian gas for Belarus will stay unchanged in 2026. The deal keeps a key subsidy in place, but it also deepens the dependence that Moscow uses to push integration.",
            body: `<p>This week the Belarusian government confirmed that the price of Russian natural gas in 2026 will remain at the level of previous years – well below what buyers in the European Union paid before they turned away from Russian supplies. The arrangement was finalised in late December and announced after the holidays without much fanfare.</p>
<p>For the Belarusian economy, the frozen price is a significant cushion. It keeps utility tariffs for households low and supports energy-intensive industries such as fertilisers, petrochemicals and cement. With growth slowing, losing this advantage would have been painful.</p>
<p>The political price is less visible but real. Moscow links the terms of energy supplies to progress on the Union State programmes, including the long-discussed unified gas market, whose launch has again been postponed. Every year without a common market leaves the price a bilateral decision that the Kremlin can revisit.</p>
<p>We do not expect this pattern to change in 2026. Minsk will continue to trade political loyalty for cheap energy, while resisting institutional steps that would hand control over domestic tariffs to supranational bodies.</p>`,
            seoDescription:
              "Russian gas for Belarus will cost the same in 2026: a vital subsidy is preserved, but so is Minsk’s dependence on Moscow.",
          },
          be: {
            title: "Цана на газ на 2026 год захоўвае энергетычную перавагу Мінска",
            lead: "Мінск і Масква пацвердзілі, што цана расійскага газу для Беларусі ў 2026 годзе не зменіцца. Дамоўленасць захоўвае важную субсідыю, але адначасова паглыбляе залежнасць, якую Масква выкарыстоўвае, каб падштурхоўваць інтэграцыю.",
            body: `<p>На гэтым тыдні беларускі ўрад пацвердзіў, што цана на расійскі прыродны газ у 2026 годзе застанецца на ўзроўні папярэдніх гадоў – значна ніжэй за тую, што плацілі пакупнікі ў Еўрапейскім саюзе, пакуль не адмовіліся ад расійскіх паставак. Дамоўленасць аформілі ў канцы снежня, а абвясцілі пасля святаў без асаблівага розгаласу.</p>
<p>Для беларускай эканомікі замарожаная цана – істотная падушка бяспекі. Яна дазваляе трымаць нізкімі камунальныя тарыфы для насельніцтва і падтрымлівае энергаёмістыя галіны: вытворчасць угнаенняў, нафтахімію, цэмент. Ва ўмовах запаволення росту страта гэтай перавагі была б балючай.</p>
<p>Палітычная цана менш заўважная, але рэальная. Масква звязвае ўмовы энергетычных паставак з выкананнем праграм Саюзнай дзяржавы, у тым ліку са стварэннем аб’яднанага рынку газу, запуск якога зноў адкладзены. Кожны год без агульнага рынку пакідае цану двухбаковым рашэннем, якое Крэмль можа перагледзець.</p>
<p>Мы не чакаем змены гэтай схемы ў 2026 годзе. Мінск і далей будзе абменьваць палітычную лаяльнасць на танную энергію, адначасова супраціўляючыся інстытуцыйным крокам, якія перадалі б кантроль над унутранымі тарыфамі наднацыянальным органам.</p>`,
            seoDescription:
              "Цана расійскага газу для Беларусі ў 2026 годзе не зменіцца: субсідыя захоўваецца, а залежнасць ад Масквы расце.",
          },
          ru: {
            title: "Цена на газ на 2026 год сохраняет энергетическое преимущество Минска",
            lead: "Минск и Москва подтвердили, что цена российского газа для Беларуси в 2026 году не изменится. Договорённость сохраняет важную субсидию, но одновременно углубляет зависимость, которую Москва использует для продвижения интеграции.",
            body: `<p>На этой неделе белорусское правительство подтвердило, что цена на российский природный газ в 2026 году останется на уровне прошлых лет – значительно ниже той, что платили покупатели в Европейском союзе, пока не отказались от российских поставок. Договорённость оформили в конце декабря, а объявили после праздников без особой огласки.</p>
<p>Для белорусской экономики замороженная цена – существенная подушка безопасности. Она позволяет держать низкими коммунальные тарифы для населения и поддерживает энергоёмкие отрасли: производство удобрений, нефтехимию, цемент. В условиях замедления роста потеря этого преимущества была бы болезненной.</p>
<p>Политическая цена менее заметна, но реальна. Москва увязывает условия энергетических поставок с выполнением программ Союзного государства, в том числе с созданием объединённого рынка газа, запуск которого снова отложен. Каждый год без общего рынка оставляет цену двусторонним решением, которое Кремль может пересмотреть.</p>
<p>Мы не ожидаем изменения этой схемы в 2026 году. Минск и дальше будет обменивать политическую лояльность на дешёвую энергию, одновременно сопротивляясь институциональным шагам, которые передали бы контроль над внутренними тарифами наднациональным органам.</p>`,
            seoDescription:
              "Цена российского газа для Беларуси в 2026 году не изменится: субсидия сохраняется, а зависимость от Москвы растёт.",
          },
        },
      },
      {
        section: "belarus-west",
        trend: "improved",
        authors: ["andrei-zhuk", "volha-sidarenka"],
        tags: ["border", "european-union"],
        translations: {
          en: {
            title: "Queues on the Lithuanian Border Ease After Longer Checkpoint Hours",
            lead: "Lithuania has extended working hours at its two open crossings with Belarus, and waiting times for cars and trucks have fallen noticeably. The step is technical rather than political, but it shows that Vilnius is ready to manage the border pragmatically.",
            body: `<p>After a difficult autumn, when the Lithuanian–Belarusian border was temporarily closed and then reopened with reduced capacity, traffic is gradually returning to normal. This week Lithuanian border guards extended the working hours of customs and passport control at both open checkpoints. According to the State Border Committee of Belarus, truck queues on the Belarusian side have shrunk from several days to less than one.</p>
<p>The change matters most to residents of the border regions and to transport companies, many of which are registered in Lithuania but employ Belarusian drivers. For them, predictable crossing times are more important than any political statement.</p>
<p>Vilnius presented the decision as a technical measure, not a change of policy. Restrictions on Belarusian-registered trucks and on the transit of sanctioned goods remain in force, and Lithuanian officials continue to describe the situation on the border as a security issue.</p>
<p>We expect small adjustments rather than a breakthrough. The decisive factor will be whether incidents such as smuggling balloons recur: any new episode would quickly undo this week’s progress.</p>`,
            seoDescription:
              "Lithuania extends hours at border crossings with Belarus and queues shrink, but restrictions and security concerns remain.",
          },
          be: {
            title: "Чэргі на літоўскай мяжы скарачаюцца пасля падаўжэння працы пунктаў пропуску",
            lead: "Літва падоўжыла час працы двух адкрытых пунктаў пропуску на мяжы з Беларуссю, і час чакання для легкавых аўтамабіляў і грузавікоў прыкметна скараціўся. Крок хутчэй тэхнічны, чым палітычны, але ён паказвае, што Вільнюс гатовы прагматычна кіраваць сітуацыяй на мяжы.",
            body: `<p>Пасля складанай восені, калі літоўска-беларуская мяжа была часова закрытая, а потым адкрытая з меншай прапускной здольнасцю, рух паступова вяртаецца да нормы. На гэтым тыдні літоўскія памежнікі падоўжылі час працы мытнага і пашпартнага кантролю на абодвух адкрытых пунктах пропуску. Паводле Дзяржаўнага пагранічнага камітэта Беларусі, чэргі грузавікоў з беларускага боку скараціліся з некалькіх сутак да менш чым аднаго дня.</p>
<p>Найбольш гэта важна для жыхароў памежных рэгіёнаў і транспартных кампаній, многія з якіх зарэгістраваныя ў Літве, але наймаюць беларускіх вадзіцеляў. Для іх прадказальны час перасячэння мяжы важнейшы за любыя палітычныя заявы.</p>
<p>Вільнюс падаў рашэнне як тэхнічную меру, а не змену палітыкі. Абмежаванні для грузавікоў з беларускай рэгістрацыяй і для транзіту падсанкцыйных тавараў застаюцца ў сіле, а літоўскія афіцыйныя асобы па-ранейшаму апісваюць сітуацыю на мяжы як пытанне бяспекі.</p>
<p>Мы чакаем хутчэй невялікіх карэкціровак, чым прарыву. Вырашальным будзе тое, ці паўторацца інцыдэнты накшталт кантрабандных паветраных шароў: любы новы эпізод хутка перакрэсліць дасягнутае на гэтым тыдні.</p>`,
            seoDescription: "Літва падоўжыла працу пунктаў пропуску на мяжы з Беларуссю, і чэргі скараціліся, але абмежаванні захоўваюцца.",
          },
          ru: {
            title: "Очереди на литовской границе сокращаются после продления работы пунктов пропуска",
            lead: "Литва продлила время работы двух открытых пунктов пропуска на границе с Беларусью, и время ожидания для легковых автомобилей и грузовиков заметно сократилось. Шаг скорее технический, чем политический, но он показывает, что Вильнюс готов прагматично управлять ситуацией на границе.",
            body: `<p>После трудной осени, когда литовско-белорусская граница была временно закрыта, а затем открыта с меньшей пропускной способностью, движение постепенно возвращается к норме. На этой неделе литовские пограничники продлили время работы таможенного и паспортного контроля на обоих открытых пунктах пропуска. По данным Государственного пограничного комитета Беларуси, очереди грузовиков с белорусской стороны сократились с нескольких суток до менее чем одних.</p>
<p>Больше всего это важно для жителей приграничных регионов и транспортных компаний, многие из которых зарегистрированы в Литве, но нанимают белорусских водителей. Для них предсказуемое время пересечения границы важнее любых политических заявлений.</p>
<p>Вильнюс представил решение как техническую меру, а не смену политики. Ограничения для грузовиков с белорусской регистрацией и для транзита подсанкционных товаров остаются в силе, а литовские официальные лица по-прежнему описывают ситуацию на границе как вопрос безопасности.</p>
<p>Мы ожидаем скорее небольших корректировок, чем прорыва. Решающим станет то, повторятся ли инциденты вроде контрабандных воздушных шаров: любой новый эпизод быстро перечеркнёт достигнутое на этой неделе.</p>`,
            seoDescription:
              "Литва продлила работу пунктов пропуска на границе с Беларусью, очереди сократились, но ограничения сохраняются.",
          },
        },
      },
    ],
  },

  // ─────────────────────────────────────────────── 2026-01-19
  {
    weekStart: "2026-01-19",
    articles: [
      {
        section: "security",
        trend: "worsened",
        authors: ["alena-kavalchuk"],
        tags: ["military-exercises"],
        translations: {
          en: {
            title: "Reservist Call-Ups Expand Under the Territorial Defence Plan",
            lead: "The defence ministry has announced a larger programme of training camps for reservists in 2026, with an emphasis on territorial defence units in the western regions. This is not mobilisation, but it keeps society in a state of permanent military readiness.",
            body: `<p>The Belarusian defence ministry this week published its plan for reservist training in 2026. The number of training camps will increase compared with last year, and most of them will take place in the Brest and Hrodna regions. Particular attention is being paid to territorial defence units, which are formed by local authorities and staffed by men who have completed military service.</p>
<p>Officials describe the programme as routine and link it to lessons from the war in Ukraine, above all the need to protect infrastructure from drones and sabotage groups. There are no signs of preparations for offensive operations, and the regular army is not being expanded.</p>
<ul><li>More camps are planned for the western regions than for the rest of the country.</li><li>Training focuses on air defence, checkpoints and the protection of bridges and power lines.</li><li>Employers must release staff from work for up to several weeks.</li></ul>
<p>The domestic effect may be more significant than the military one. For enterprises already suffering from labour shortages, absent workers are a cost. For society, the campaign reinforces the official narrative of a country surrounded by hostile neighbours. We expect this rhetoric to intensify as the autumn exercise approaches.</p>`,
            seoDescription:
              "Belarus expands reservist training camps in 2026, focusing on territorial defence units in the western regions.",
          },
          be: {
            title: "Вайсковыя зборы рэзервістаў пашыраюцца паводле плана тэрытарыяльнай абароны",
            lead: "Міністэрства абароны абвясціла на 2026 год большую праграму збораў для рэзервістаў з акцэнтам на падраздзяленні тэрытарыяльнай абароны ў заходніх рэгіёнах. Гэта не мабілізацыя, аднак такая праграма трымае грамадства ў стане пастаяннай вайсковай гатоўнасці.",
            body: `<p>На гэтым тыдні Міністэрства абароны Беларусі апублікавала план падрыхтоўкі рэзервістаў на 2026 год. Колькасць вайсковых збораў павялічыцца ў параўнанні з мінулым годам, і большасць з іх пройдзе ў Брэсцкай і Гродзенскай абласцях. Асаблівая ўвага надаецца падраздзяленням тэрытарыяльнай абароны, якія фармуюць мясцовыя органы ўлады і ўкамплектоўваюць мужчынамі, што прайшлі тэрміновую службу.</p>
<p>Афіцыйныя асобы называюць праграму звычайнай і звязваюць яе з урокамі вайны ва Украіне – перадусім з неабходнасцю абараняць інфраструктуру ад дронаў і дыверсійных груп. Прыкмет падрыхтоўкі да наступальных аперацый няма, а рэгулярная армія не павялічваецца.</p>
<ul><li>На заходнія рэгіёны прыпадае больш збораў, чым на астатнюю частку краіны.</li><li>Падрыхтоўка засяроджана на супрацьпаветранай абароне, блокпастах і ахове мастоў і ліній электраперадачы.</li><li>Наймальнікі абавязаныя вызваляць супрацоўнікаў ад працы на тэрмін да некалькіх тыдняў.</li></ul>
<p>Унутраны эфект можа аказацца важнейшым за вайсковы. Для прадпрыемстваў, якія ўжо пакутуюць ад недахопу працоўнай сілы, адсутнасць работнікаў – гэта выдаткі. Для грамадства кампанія ўзмацняе афіцыйны наратыў пра краіну, акружаную варожымі суседзямі. Мы чакаем, што такая рыторыка будзе мацнець з набліжэннем восеньскіх вучэнняў.</p>`,
            seoDescription:
              "Мінабароны Беларусі пашырае зборы рэзервістаў у 2026 годзе, асабліва ў заходніх рэгіёнах і тэрытарыяльнай абароне.",
          },
          ru: {
            title: "Сборы резервистов расширяются в рамках плана территориальной обороны",
            lead: "Министерство обороны объявило на 2026 год более масштабную программу сборов для резервистов с акцентом на подразделения территориальной обороны в западных регионах. Это не мобилизация, однако такая программа держит общество в состоянии постоянной военной готовности.",
            body: `<p>На этой неделе Министерство обороны Беларуси опубликовало план подготовки резервистов на 2026 год. Количество военных сборов увеличится по сравнению с прошлым годом, и большинство из них пройдёт в Брестской и Гродненской областях. Особое внимание уделяется подразделениям территориальной обороны, которые формируют местные органы власти и комплектуют мужчинами, прошедшими срочную службу.</p>
<p>Официальные лица называют программу плановой и связывают её с уроками войны в Украине – прежде всего с необходимостью защищать инфраструктуру от дронов и диверсионных групп. Признаков подготовки к наступательным операциям нет, а регулярная армия не увеличивается.</p>
<ul><li>На западные регионы приходится больше сборов, чем на остальную часть страны.</li><li>Подготовка сосредоточена на противовоздушной обороне, блокпостах и охране мостов и линий электропередачи.</li><li>Работодатели обязаны освобождать сотрудников от работы на срок до нескольких недель.</li></ul>
<p>Внутренний эффект может оказаться важнее военного. Для предприятий, которые уже страдают от нехватки рабочей силы, отсутствие работников – это издержки. Для общества кампания укрепляет официальный нарратив о стране, окружённой враждебными соседями. Мы ожидаем, что такая риторика будет усиливаться по мере приближения осенних учений.</p>`,
            seoDescription:
              "Минобороны Беларуси расширяет сборы резервистов в 2026 году, особенно в западных регионах и территориальной обороне.",
          },
        },
      },
      {
        section: "domestic-politics",
        trend: "unchanged",
        authors: ["pavel-hrynevich"],
        tags: ["budget"],
        translations: {
          en: {
            title: "Government Reshuffle Puts Loyal Technocrats in Charge of Industry",
            lead: "Lukashenka has replaced the industry minister, two deputy prime ministers and one regional governor, citing poor results in 2025. The reshuffle changes faces rather than policies, but it shows where the leadership sees the main risks for the year.",
            body: `<p>A week after the release of preliminary economic data, Lukashenka carried out the largest personnel change in the government since the 2025 presidential election. The industry minister and two deputy prime ministers responsible for the real sector and for agriculture were dismissed, as was one regional governor. Their successors are mostly career managers from state holdings and regional executive committees.</p>
<p>The official explanation was straightforward: the targets for 2025 were missed, and the new team is expected to restore growth in industry and exports. The choice of personnel, however, points to continuity. None of the new appointees is associated with market reforms, and several have spent their entire careers inside the state sector.</p>
<blockquote>Reshuffles in Belarus rarely change policy; they redistribute responsibility for results that depend on decisions taken at the very top.</blockquote>
<p>We see two messages. Inside the system, the leadership is shifting the blame for the slowdown onto managers. Outside it, the state signals that it will rely on administrative tools – plans, directed credit and price controls – rather than liberalisation. We expect further dismissals of enterprise directors in the coming weeks.</p>`,
            seoDescription:
              "Lukashenka replaces the industry minister, two deputy PMs and a governor: new faces, but the same economic policy.",
          },
          ru: {
            title: "Перестановки в правительстве отдали промышленность лояльным технократам",
            lead: "Лукашенко сменил министра промышленности, двух вице-премьеров и одного губернатора, сославшись на слабые результаты 2025 года. Перестановки меняют лица, а не политику, но показывают, где руководство видит главные риски года.",
            body: `<p>Через неделю после публикации предварительных экономических данных Лукашенко провёл самые масштабные кадровые перестановки в правительстве со времени президентских выборов 2025 года. От должностей были освобождены министр промышленности и два вице-премьера, отвечавшие за реальный сектор и сельское хозяйство, а также один из губернаторов. Их преемники – в основном карьерные управленцы из государственных холдингов и облисполкомов.</p>
<p>Официальное объяснение было простым: показатели 2025 года не выполнены, и новая команда должна восстановить рост промышленности и экспорта. Однако выбор кадров говорит скорее о преемственности. Никто из новых назначенцев не ассоциируется с рыночными реформами, а некоторые провели всю карьеру внутри госсектора.</p>
<blockquote>Кадровые перестановки в Беларуси редко меняют политику: они перераспределяют ответственность за результаты, которые зависят от решений, принятых на самом верху.</blockquote>
<p>Мы видим два сигнала. Внутри системы руководство перекладывает вину за замедление на управленцев. Вовне государство даёт понять, что будет полагаться на административные инструменты – планы, директивное кредитование и контроль над ценами, – а не на либерализацию. Мы ожидаем новых увольнений директоров предприятий в ближайшие недели.</p>`,
            seoDescription:
              "Лукашенко сменил министра промышленности, двух вице-премьеров и губернатора: лица новые, экономическая политика прежняя.",
          },
        },
      },
      {
        section: "economy",
        trend: "worsened",
        authors: ["maryna-lapitskaya"],
        tags: ["inflation", "budget"],
        translations: {
          en: {
            title: "Price Controls Extended as Wage Growth Outpaces Productivity",
            lead: "The government has extended administrative price regulation for another year and set new wage targets for the public sector. The combination supports incomes in the short term, but it stores up inflationary pressure and weakens the finances of enterprises.",
            body: `<p>This week the Council of Ministers extended the system of price regulation introduced in 2022 until the end of 2026. Retailers and producers will still have to justify price increases for a broad list of consumer goods, and mark-ups on socially important products remain capped. At the same time, the government instructed state bodies to ensure that average wages in the public sector grow in real terms.</p>
<p>The two decisions pull in opposite directions. Real wages rose by more than 8% in 2025, well ahead of labour productivity, mainly because of the shortage of workers. Enterprises that cannot raise prices freely are financing higher pay from shrinking profits or from loans.</p>
<h2>Why it matters</h2>
<p>Official inflation ended 2025 at around 7% – above the National Bank’s target, although controls kept it from rising further. The longer prices are held down administratively, the wider the gap between costs and prices becomes. We expect the January inflation figure, due in early February, to show whether pressure is already breaking through, especially in food and services.</p>`,
            seoDescription:
              "Belarus extends price controls to the end of 2026 while wages outpace productivity, storing up inflationary pressure.",
          },
          be: {
            title: "Кантроль над цэнамі падоўжаны, а заробкі растуць хутчэй за прадукцыйнасць",
            lead: "Урад падоўжыў рэжым адміністрацыйнага рэгулявання цэн яшчэ на год і вызначыў новыя арыенціры па заробках у дзяржаўным сектары. Такое спалучэнне падтрымлівае даходы ў кароткай перспектыве, аднак назапашвае інфляцыйны ціск і пагаршае фінансы прадпрыемстваў.",
            body: `<p>На гэтым тыдні Савет Міністраў падоўжыў сістэму рэгулявання цэн, уведзеную ў 2022 годзе, да канца 2026 года. Гандлёвыя сеткі і вытворцы, як і раней, павінны абгрунтоўваць павышэнне цэн на шырокі пералік спажывецкіх тавараў, а гандлёвыя надбаўкі на сацыяльна значныя тавары застаюцца абмежаванымі. Адначасова ўрад даручыў дзяржаўным органам забяспечыць рост сярэдняга заробку ў дзяржаўным сектары ў рэальным выражэнні.</p>
<p>Гэтыя два рашэнні цягнуць у розныя бакі. У 2025 годзе рэальныя заробкі выраслі больш чым на 8%, значна апярэдзіўшы прадукцыйнасць працы, – галоўным чынам з-за недахопу работнікаў. Прадпрыемствы, якія не могуць свабодна падымаць цэны, фінансуюць павышэнне аплаты працы з меншага прыбытку або за кошт крэдытаў.</p>
<h2>Чаму гэта важна</h2>
<p>Афіцыйная інфляцыя па выніках 2025 года склала каля 7% – вышэй за мэту Нацыянальнага банка, хоць кантроль і не дазволіў ёй вырасці мацней. Чым даўжэй цэны стрымліваюцца адміністрацыйна, тым большы разрыў паміж выдаткамі і цэнамі назапашваецца. Мы чакаем, што студзеньскія даныя па інфляцыі, якія з’явяцца ў пачатку лютага, пакажуць, ці не прарываецца ціск ужо цяпер – асабліва ў прадуктах харчавання і паслугах.</p>`,
            seoDescription:
              "Беларусь падоўжыла рэгуляванне цэн да канца 2026 года, а заробкі апярэджваюць прадукцыйнасць – інфляцыйныя рызыкі павялічваюцца.",
          },
          ru: {
            title: "Контроль над ценами продлён, а зарплаты растут быстрее производительности",
            lead: "Правительство продлило режим административного регулирования цен ещё на год и установило новые ориентиры по зарплатам в госсекторе. Такое сочетание поддерживает доходы в краткосрочной перспективе, однако накапливает инфляционное давление и ухудшает финансы предприятий.",
            body: `<p>На этой неделе Совет Министров продлил систему регулирования цен, введённую в 2022 году, до конца 2026 года. Торговые сети и производители, как и прежде, должны обосновывать повышение цен на широкий перечень потребительских товаров, а торговые надбавки на социально значимые товары остаются ограниченными. Одновременно правительство поручило государственным органам обеспечить рост средней зарплаты в госсекторе в реальном выражении.</p>
<p>Эти два решения тянут в разные стороны. В 2025 году реальные зарплаты выросли более чем на 8%, значительно опередив производительность труда, – главным образом из-за нехватки работников. Предприятия, которые не могут свободно поднимать цены, финансируют повышение оплаты труда из сокращающейся прибыли или за счёт кредитов.</p>
<h2>Почему это важно</h2>
<p>Официальная инфляция по итогам 2025 года составила около 7% – выше цели Национального банка, хотя контроль и не позволил ей вырасти сильнее. Чем дольше цены сдерживаются административно, тем больше накапливается разрыв между издержками и ценами. Мы ожидаем, что январские данные по инфляции, которые появятся в начале февраля, покажут, не прорывается ли давление уже сейчас – особенно в продуктах питания и услугах.</p>`,
            seoDescription:
              "Беларусь продлила регулирование цен до конца 2026 года, а зарплаты опережают производительность – инфляционные риски растут.",
          },
        },
      },
      {
        section: "belarus-russia",
        trend: "unchanged",
        authors: ["andrei-zhuk"],
        tags: ["union-state", "trade"],
        translations: {
          en: {
            title: "Union State Ministers Agree a Timetable for Tax Harmonisation",
            lead: "At a meeting of the Union State Council of Ministers, Minsk and Moscow approved a schedule for aligning indirect taxes and excise duties by 2028. The document is detailed on paper, but its deadlines are flexible and Minsk keeps key exemptions.",
            body: `<p>The Union State Council of Ministers met this week and approved a roadmap for harmonising the administration of value added tax, excise duties on alcohol and tobacco, and customs procedures. The document sets intermediate steps for 2026 and 2027 and a final deadline in 2028.</p>
<p>For Moscow, tax harmonisation is a long-standing priority: it wants to close loopholes that allow goods to enter the Russian market via Belarus with a lower tax burden. For Minsk, the main concern is protecting budget revenues and the competitiveness of its state enterprises. The compromise reflects both positions: Belarus will first align procedures and data exchange, while decisions on rates are postponed.</p>
<ul><li>A common electronic system for tracking VAT in mutual trade is due by the end of 2026.</li><li>Excise rates are to converge gradually, with transition periods for Belarusian producers.</li><li>A single tax code is not on the agenda.</li></ul>
<p>The pattern is familiar: integration advances in technical areas where Minsk sees limited risk, while issues sensitive for sovereignty are deferred. We do not expect the timetable to be met in full, but the data-sharing component will probably go ahead.</p>`,
            seoDescription:
              "Minsk and Moscow approve a 2028 timetable for tax harmonisation in the Union State, but deadlines remain flexible.",
          },
          be: {
            title: "Міністры Саюзнай дзяржавы ўзгаднілі графік гарманізацыі падаткаў",
            lead: "На пасяджэнні Савета міністраў Саюзнай дзяржавы Мінск і Масква зацвердзілі графік збліжэння ўскосных падаткаў і акцызаў да 2028 года. На паперы дакумент падрабязны, аднак тэрміны ў ім гнуткія, а Мінск захоўвае ключавыя выключэнні.",
            body: `<p>На гэтым тыдні Савет міністраў Саюзнай дзяржавы сабраўся на пасяджэнне і зацвердзіў «дарожную карту» гарманізацыі адміністравання падатку на дададзеную вартасць, акцызаў на алкаголь і тытунь, а таксама мытных працэдур. Дакумент вызначае прамежкавыя крокі на 2026 і 2027 гады і канчатковы тэрмін у 2028 годзе.</p>
<p>Для Масквы гарманізацыя падаткаў – даўні прыярытэт: яна імкнецца закрыць шчыліны, дзякуючы якім тавары трапляюць на расійскі рынак праз Беларусь з меншай падатковай нагрузкай. Для Мінска галоўнае – абараніць даходы бюджэту і канкурэнтаздольнасць дзяржаўных прадпрыемстваў. Кампраміс адлюстроўвае абедзве пазіцыі: спачатку Беларусь узгодніць працэдуры і абмен данымі, а рашэнні наконт ставак адкладаюцца.</p>
<ul><li>Агульная электронная сістэма адсочвання ПДВ ва ўзаемным гандлі мусіць запрацаваць да канца 2026 года.</li><li>Стаўкі акцызаў будуць збліжацца паступова, з пераходнымі перыядамі для беларускіх вытворцаў.</li><li>Пытанне адзінага падатковага кодэкса на парадку дня не стаіць.</li></ul>
<p>Схема знаёмая: інтэграцыя рухаецца ў тэхнічных сферах, дзе Мінск бачыць абмежаваныя рызыкі, а адчувальныя для суверэнітэту пытанні адкладаюцца. Мы не чакаем, што графік будзе выкананы цалкам, аднак частка, звязаная з абменам данымі, хутчэй за ўсё, будзе рэалізаваная.</p>`,
            seoDescription:
              "Мінск і Масква зацвердзілі графік гарманізацыі падаткаў у Саюзнай дзяржаве да 2028 года, але тэрміны застаюцца гнуткімі.",
          },
          ru: {
            title: "Министры Союзного государства согласовали график гармонизации налогов",
            lead: "На заседании Совета министров Союзного государства Минск и Москва утвердили график сближения косвенных налогов и акцизов до 2028 года. На бумаге документ подробный, однако сроки в нём гибкие, а Минск сохраняет ключевые исключения.",
            body: `<p>На этой неделе Совет министров Союзного государства собрался на заседание и утвердил «дорожную карту» гармонизации администрирования налога на добавленную стоимость, акцизов на алкоголь и табак, а также таможенных процедур. Документ определяет промежуточные шаги на 2026 и 2027 годы и окончательный срок в 2028 году.</p>
<p>Для Москвы гармонизация налогов – давний приоритет: она стремится закрыть лазейки, благодаря которым товары попадают на российский рынок через Беларусь с меньшей налоговой нагрузкой. Для Минска главное – защитить доходы бюджета и конкурентоспособность государственных предприятий. Компромисс отражает обе позиции: сначала Беларусь согласует процедуры и обмен данными, а решения по ставкам откладываются.</p>
<ul><li>Общая электронная система отслеживания НДС во взаимной торговле должна заработать к концу 2026 года.</li><li>Ставки акцизов будут сближаться постепенно, с переходными периодами для белорусских производителей.</li><li>Вопрос о едином налоговом кодексе на повестке дня не стоит.</li></ul>
<p>Схема знакомая: интеграция продвигается в технических сферах, где Минск видит ограниченные риски, а чувствительные для суверенитета вопросы откладываются. Мы не ожидаем, что график будет выполнен полностью, однако часть, связанная с обменом данными, скорее всего, будет реализована.</p>`,
            seoDescription:
              "Минск и Москва утвердили график гармонизации налогов в Союзном государстве до 2028 года, но сроки остаются гибкими.",
          },
        },
      },
    ],
  },

  // ─────────────────────────────────────────────── 2026-01-26
  {
    weekStart: "2026-01-26",
    articles: [
      {
        section: "security",
        trend: "unchanged",
        authors: ["alena-kavalchuk"],
        tags: ["csto", "military-exercises"],
        translations: {
          en: {
            title: "CSTO Planning Conference in Minsk Fixes the Exercise Calendar",
            lead: "Military planners from CSTO member states met in Minsk to agree the organisation’s exercise calendar for 2026. Belarus secured a visible role, but the meeting also exposed how little appetite the other members have for joint activities.",
            body: `<p>Staff officers from the member states of the Collective Security Treaty Organization gathered in Minsk this week for their annual planning conference. They approved the calendar of joint exercises for 2026, including drills of the Collective Rapid Reaction Forces and a peacekeeping exercise. Part of the autumn Belarusian–Russian exercise, discussed earlier this month, is to be formally linked to the CSTO programme.</p>
<p>For Minsk, hosting the conference confirms its image as one of the most active members of the organisation. Lukashenka has repeatedly described the CSTO as an important pillar of Belarusian security, and Belarusian diplomats use it to show that Minsk is not isolated.</p>
<p>Behind the communiqué, the picture is less impressive. Armenia, which has frozen its participation, did not send a delegation, and the Central Asian members committed only small units. The organisation remains dependent on Russian resources and Russian priorities.</p>
<p>We see no change in the security situation as a result of the conference. Its significance is political: Minsk is using the CSTO framework to give its military cooperation with Moscow a multilateral appearance.</p>`,
            seoDescription:
              "A CSTO planning conference in Minsk sets the 2026 exercise calendar, though allies’ participation remains modest.",
          },
          be: {
            title: "Планавальная канферэнцыя АДКБ у Мінску зацвердзіла каляндар вучэнняў",
            lead: "Вайсковыя планавікі з краін – удзельніц АДКБ сабраліся ў Мінску, каб узгадніць каляндар вучэнняў арганізацыі на 2026 год. Беларусь атрымала бачную ролю, аднак сустрэча паказала і невялікую зацікаўленасць іншых удзельніц у сумесных мерапрыемствах.",
            body: `<p>На гэтым тыдні штабныя афіцэры краін – удзельніц Арганізацыі Дагавора аб калектыўнай бяспецы сабраліся ў Мінску на штогадовую планавальную канферэнцыю. Яны зацвердзілі каляндар сумесных вучэнняў на 2026 год, у тым ліку трэніроўкі Калектыўных сіл хуткага рэагавання і міратворчыя вучэнні. Частку восеньскіх беларуска-расійскіх вучэнняў, пра якія ішла гаворка ў пачатку месяца, плануецца афіцыйна звязаць з праграмай АДКБ.</p>
<p>Для Мінска правядзенне канферэнцыі пацвярджае імідж аднаго з самых актыўных удзельнікаў арганізацыі. Лукашэнка неаднойчы называў АДКБ важнай апорай беларускай бяспекі, а беларускія дыпламаты выкарыстоўваюць арганізацыю, каб паказаць, што Мінск не знаходзіцца ў ізаляцыі.</p>
<p>За фасадам камюніке карціна менш уражальная. Арменія, якая замарозіла свой удзел, не даслала дэлегацыі, а краіны Цэнтральнай Азіі выдзелілі толькі невялікія падраздзяленні. Арганізацыя па-ранейшаму залежыць ад расійскіх рэсурсаў і расійскіх прыярытэтаў.</p>
<p>Мы не бачым змен у сітуацыі з бяспекай у выніку канферэнцыі. Яе значэнне палітычнае: Мінск выкарыстоўвае рамкі АДКБ, каб надаць свайму вайсковаму супрацоўніцтву з Масквой шматбаковы выгляд.</p>`,
            seoDescription:
              "У Мінску прайшла планавальная канферэнцыя АДКБ: каляндар вучэнняў на 2026 год зацверджаны, але ўдзел саюзнікаў сціплы.",
          },
          ru: {
            title: "Конференция ОДКБ по планированию в Минске утвердила календарь учений",
            lead: "Военные планировщики из государств – членов ОДКБ собрались в Минске, чтобы согласовать календарь учений организации на 2026 год. Беларусь получила заметную роль, однако встреча показала и слабую заинтересованность других участников в совместных мероприятиях.",
            body: `<p>На этой неделе штабные офицеры государств – членов Организации Договора о коллективной безопасности собрались в Минске на ежегодную конференцию по планированию. Они утвердили календарь совместных учений на 2026 год, включая тренировки Коллективных сил быстрого реагирования и миротворческие учения. Часть осенних белорусско-российских учений, о которых шла речь в начале месяца, планируется формально связать с программой ОДКБ.</p>
<p>Для Минска проведение конференции подтверждает имидж одного из самых активных участников организации. Лукашенко неоднократно называл ОДКБ важной опорой белорусской безопасности, а белорусские дипломаты используют организацию, чтобы показать, что Минск не находится в изоляции.</p>
<p>За фасадом коммюнике картина менее впечатляющая. Армения, заморозившая своё участие, не прислала делегацию, а страны Центральной Азии выделили лишь небольшие подразделения. Организация по-прежнему зависит от российских ресурсов и российских приоритетов.</p>
<p>Мы не видим изменений в ситуации с безопасностью в результате конференции. Её значение политическое: Минск использует рамки ОДКБ, чтобы придать своему военному сотрудничеству с Москвой многосторонний вид.</p>`,
            seoDescription:
              "В Минске прошла конференция ОДКБ по планированию: календарь учений на 2026 год утверждён, но участие союзников скромное.",
          },
        },
      },
      {
        section: "security",
        trend: "worsened",
        authors: ["alena-kavalchuk", "andrei-zhuk"],
        tags: ["border"],
        translations: {
          en: {
            title: "Smuggling Balloons Return to the Lithuanian Border",
            lead: "Lithuanian authorities reported a new series of balloons carrying contraband cigarettes from Belarus, briefly disrupting flights at Vilnius airport. The incidents threaten the fragile normalisation of border traffic reported earlier this month.",
            body: `<p>Over several nights this week, Lithuanian radar detected dozens of balloons drifting in from Belarusian territory. Most carried packs of cigarettes, a form of smuggling that first drew wide attention in the autumn of 2025. Vilnius airport twice suspended flights for a few hours. Lithuanian officials said they were considering “all options”, including new restrictions on the border.</p>
<p>Minsk denies any involvement and describes the balloons as the work of criminal groups, while accusing Vilnius of politicising a law-enforcement issue. The Belarusian side has not publicly announced any new measures to stop the launches, although it has the means to monitor the border zone closely.</p>
<h2>Assessment</h2>
<p>The episode shows how quickly the modest improvement on the border can be lost. Whether or not the Belarusian authorities turn a blind eye to the launches, they give Lithuania a strong argument for keeping the border under tight control and for asking its EU partners to treat such incidents as hybrid threats.</p>
<p>We expect Vilnius to tighten inspections rather than close crossings immediately. A full closure would hurt Lithuanian carriers as well, but it cannot be ruled out if the incidents continue.</p>`,
            seoDescription:
              "A new wave of smuggling balloons from Belarus disrupts Vilnius airport and threatens the fragile normalisation at the border.",
          },
          be: {
            title: "Паветраныя шары з кантрабандай зноў з’явіліся на літоўскай мяжы",
            lead: "Літоўскія ўлады паведамілі пра новую серыю паветраных шароў з кантрабанднымі цыгарэтамі з Беларусі, з-за якіх на кароткі час спыняліся палёты ў аэрапорце Вільнюса. Інцыдэнты ставяць пад пагрозу нетрывалую нармалізацыю руху праз мяжу, пра якую паведамлялася ў пачатку месяца.",
            body: `<p>На працягу некалькіх начэй гэтага тыдня літоўскія радары фіксавалі дзясяткі паветраных шароў, якія ляцелі з беларускай тэрыторыі. Большасць з іх несла пачкі цыгарэт – від кантрабанды, які ўпершыню прыцягнуў шырокую ўвагу восенню 2025 года. Аэрапорт Вільнюса двойчы спыняў палёты на некалькі гадзін. Літоўскія афіцыйныя асобы заявілі, што разглядаюць «усе варыянты», у тым ліку новыя абмежаванні на мяжы.</p>
<p>Мінск адмаўляе сваю датычнасць і называе шары справай рук злачынных груп, адначасова абвінавачваючы Вільнюс у палітызацыі праваахоўнага пытання. Беларускі бок публічна не абвясціў новых мер, каб спыніць запускі, хоць мае сродкі для пільнага назірання за памежнай зонай.</p>
<h2>Ацэнка</h2>
<p>Эпізод паказвае, як хутка можна страціць сціплае паляпшэнне на мяжы. Незалежна ад таго, ці закрываюць беларускія ўлады вочы на запускі, яны даюць Літве важкі аргумент, каб трымаць мяжу пад жорсткім кантролем і прасіць партнёраў па ЕС разглядаць такія інцыдэнты як гібрыдныя пагрозы.</p>
<p>Мы чакаем, што Вільнюс хутчэй узмоцніць праверкі, чым адразу закрые пункты пропуску. Поўнае закрыццё ўдарыла б і па літоўскіх перавозчыках, але яго нельга выключаць, калі інцыдэнты працягнуцца.</p>`,
            seoDescription: "Новая серыя шароў з кантрабандай з Беларусі спыніла палёты ў Вільнюсе і пагражае нармалізацыі на мяжы.",
          },
          ru: {
            title: "Воздушные шары с контрабандой вновь появились на литовской границе",
            lead: "Литовские власти сообщили о новой серии воздушных шаров с контрабандными сигаретами из Беларуси, из-за которых ненадолго приостанавливались полёты в аэропорту Вильнюса. Инциденты ставят под угрозу хрупкую нормализацию движения через границу, о которой сообщалось в начале месяца.",
            body: `<p>На протяжении нескольких ночей на этой неделе литовские радары фиксировали десятки воздушных шаров, летевших с белорусской территории. Большинство из них несли пачки сигарет – вид контрабанды, впервые привлёкший широкое внимание осенью 2025 года. Аэропорт Вильнюса дважды приостанавливал полёты на несколько часов. Литовские официальные лица заявили, что рассматривают «все варианты», в том числе новые ограничения на границе.</p>
<p>Минск отрицает свою причастность и называет шары делом рук преступных группировок, одновременно обвиняя Вильнюс в политизации правоохранительного вопроса. Белорусская сторона публично не объявила о новых мерах, чтобы остановить запуски, хотя располагает средствами для пристального наблюдения за приграничной зоной.</p>
<h2>Оценка</h2>
<p>Эпизод показывает, как быстро можно утратить скромное улучшение на границе. Независимо от того, закрывают ли белорусские власти глаза на запуски, они дают Литве весомый аргумент, чтобы держать границу под жёстким контролем и просить партнёров по ЕС рассматривать такие инциденты как гибридные угрозы.</p>
<p>Мы ожидаем, что Вильнюс скорее ужесточит проверки, чем сразу закроет пункты пропуска. Полное закрытие ударило бы и по литовским перевозчикам, но его нельзя исключать, если инциденты продолжатся.</p>`,
            seoDescription: "Новая серия шаров с контрабандой из Беларуси остановила полёты в Вильнюсе и угрожает нормализации на границе.",
          },
        },
      },
      {
        section: "domestic-politics",
        trend: "unchanged",
        authors: ["pavel-hrynevich"],
        tags: ["political-prisoners", "civil-society"],
        translations: {
          en: {
            title: "Pardons Continue, but New Arrests Keep the Numbers Stable",
            lead: "Another small group of political prisoners was released this week, while human rights defenders recorded a similar number of new politically motivated detentions. This revolving door suggests that releases are a tool of foreign policy rather than a change of domestic course.",
            body: `<p>Two weeks after the New Year pardon decree, state media reported the release of another group of convicts, among them several elderly people and people with serious illnesses. Official coverage presented the decision as a humanitarian gesture by Lukashenka and stressed that further pardons depend on prisoners admitting their guilt.</p>
<p>At the same time, human rights organisations documented dozens of new detentions over the month. Most are linked to comments on social media, donations to initiatives declared “extremist” and contacts with independent media. Many of those detained receive short administrative sentences, but criminal cases are also being opened.</p>
<ul><li>Releases: several dozen since the start of January.</li><li>New politically motivated detentions: a comparable number over the same period.</li><li>Total number of recognised political prisoners: practically unchanged.</li></ul>
<p>This confirms the assessment we made earlier in the month. Pardons are selective and serve as signals to Western governments, while the machinery of repression keeps working at its usual pace. Real change would require an end to new prosecutions and a review of the “anti-extremism” legislation, but neither is currently under discussion.</p>`,
            seoDescription:
              "Belarus keeps pardoning political prisoners, but new detentions hold the overall number of prisoners roughly steady.",
          },
          be: {
            title: "Памілаванні працягваюцца, але новыя арышты захоўваюць колькасць палітвязняў",
            lead: "На гэтым тыдні на волю выйшла яшчэ адна невялікая група палітвязняў, а праваабаронцы зафіксавалі прыблізна столькі ж новых палітычна матываваных затрыманняў. Гэты замкнёны круг сведчыць, што вызваленні – інструмент знешняй палітыкі, а не змена ўнутранага курсу.",
            body: `<p>Праз два тыдні пасля навагодняга ўказа аб памілаванні дзяржаўныя СМІ паведамілі пра вызваленне яшчэ адной групы асуджаных, сярод якіх некалькі пажылых людзей і людзей з цяжкімі захворваннямі. Афіцыйныя медыя падалі рашэнне як гуманітарны жэст Лукашэнкі і падкрэслілі, што далейшыя памілаванні залежаць ад таго, ці прызнаюць зняволеныя сваю віну.</p>
<p>Адначасова праваабарончыя арганізацыі задакументавалі за месяц дзясяткі новых затрыманняў. Большасць з іх звязана з каментарамі ў сацыяльных сетках, ахвяраваннямі на ініцыятывы, прызнаныя «экстрэмісцкімі», і кантактамі з незалежнымі медыя. Многія затрыманыя атрымліваюць кароткія адміністрацыйныя арышты, аднак распачынаюцца і крымінальныя справы.</p>
<ul><li>Вызваленні: некалькі дзясяткаў з пачатку студзеня.</li><li>Новыя палітычна матываваныя затрыманні: супастаўная колькасць за той жа перыяд.</li><li>Агульная колькасць прызнаных палітвязняў: практычна не змянілася.</li></ul>
<p>Гэта пацвярджае нашу ацэнку, зробленую ў пачатку месяца. Памілаванні выбарачныя і служаць сігналамі для заходніх урадаў, тады як рэпрэсіўная машына працуе ў ранейшым тэмпе. Сапраўдная змена патрабавала б спынення новых пераследаў і перагляду «антыэкстрэмісцкага» заканадаўства, але ні тое, ні другое цяпер не абмяркоўваецца.</p>`,
            seoDescription:
              "Улада працягвае памілоўваць палітвязняў, але новыя затрыманні трымаюць іх колькасць практычна на ранейшым узроўні.",
          },
          ru: {
            title: "Помилования продолжаются, но новые аресты сохраняют число политзаключённых",
            lead: "На этой неделе на свободу вышла ещё одна небольшая группа политзаключённых, а правозащитники зафиксировали примерно столько же новых политически мотивированных задержаний. Этот замкнутый круг говорит о том, что освобождения – инструмент внешней политики, а не смена внутреннего курса.",
            body: `<p>Через две недели после новогоднего указа о помиловании государственные СМИ сообщили об освобождении ещё одной группы осуждённых, среди которых несколько пожилых людей и людей с тяжёлыми заболеваниями. Официальные медиа подали решение как гуманитарный жест Лукашенко и подчеркнули, что дальнейшие помилования зависят от того, признают ли заключённые свою вину.</p>
<p>Одновременно правозащитные организации задокументировали за месяц десятки новых задержаний. Большинство из них связаны с комментариями в социальных сетях, пожертвованиями инициативам, признанным «экстремистскими», и контактами с независимыми медиа. Многие задержанные получают короткие административные аресты, однако возбуждаются и уголовные дела.</p>
<ul><li>Освобождения: несколько десятков с начала января.</li><li>Новые политически мотивированные задержания: сопоставимое число за тот же период.</li><li>Общее число признанных политзаключённых: практически не изменилось.</li></ul>
<p>Это подтверждает нашу оценку, сделанную в начале месяца. Помилования избирательны и служат сигналами для западных правительств, тогда как репрессивная машина работает в прежнем темпе. Реальная перемена потребовала бы прекращения новых преследований и пересмотра «антиэкстремистского» законодательства, но ни то, ни другое сейчас не обсуждается.</p>`,
            seoDescription:
              "Власти продолжают миловать политзаключённых, но новые задержания удерживают их число практически на прежнем уровне.",
          },
        },
      },
      {
        section: "economy",
        trend: "none",
        authors: ["volha-sidarenka"],
        tags: ["labour-migration"],
        translations: {
          en: {
            title: "Regions Turn to Foreign Workers to Fill Labour Shortages",
            lead: "Regional authorities are expanding the recruitment of workers from Central and South Asia for construction sites, farms and factories. The policy eases shortages in the short term but raises questions about integration, wages and the long-term demographic outlook.",
            body: `<p>Official data published this week show that the number of work permits issued to foreign citizens in 2025 roughly doubled compared with the previous year. Most of the newcomers are from Turkmenistan, Uzbekistan, Pakistan and India, and they work in construction, agriculture, meat processing and textiles. Several regional executive committees have signed their own recruitment agreements with agencies abroad.</p>
<p>The driver is clear. Emigration after 2020, an ageing population and the outflow of workers to Russia have left many enterprises unable to fill vacancies, especially outside Minsk. Raising wages has helped only partially, as state enterprises are constrained by their finances.</p>
<p>For a country with little experience of large-scale labour immigration, this is a significant change. The authorities emphasise temporary contracts and strict control, and there is no public debate about integration, language courses or the rights of migrant workers. Local reactions, visible on regional social media, range from pragmatic acceptance to open hostility.</p>
<p>This piece is an overview rather than an assessment of a single week’s events. The trend is likely to continue throughout 2026, and we will return to its social effects in future issues.</p>`,
            seoDescription:
              "Belarusian regions increasingly recruit workers from Central and South Asia as work permits double amid labour shortages.",
          },
          be: {
            title: "Рэгіёны шукаюць замежных работнікаў, каб закрыць недахоп кадраў",
            lead: "Рэгіянальныя ўлады пашыраюць набор работнікаў з Цэнтральнай і Паўднёвай Азіі для будоўляў, ферм і заводаў. Такая палітыка ў кароткай перспектыве змяншае недахоп кадраў, але ставіць пытанні пра інтэграцыю, заробкі і доўгатэрміновыя дэмаграфічныя перспектывы.",
            body: `<p>Афіцыйныя даныя, апублікаваныя на гэтым тыдні, паказваюць, што колькасць дазволаў на працу, выдадзеных замежным грамадзянам у 2025 годзе, павялічылася прыкладна ўдвая ў параўнанні з папярэднім годам. Большасць прыезджых – з Туркменістана, Узбекістана, Пакістана і Індыі; яны працуюць у будаўніцтве, сельскай гаспадарцы, мясаперапрацоўцы і тэкстыльнай вытворчасці. Некалькі аблвыканкамаў заключылі ўласныя дамовы пра набор работнікаў з замежнымі агенцтвамі.</p>
<p>Прычына відавочная. Эміграцыя пасля 2020 года, старэнне насельніцтва і адток работнікаў у Расію пакінулі многія прадпрыемствы без магчымасці закрыць вакансіі, асабліва па-за Мінскам. Павышэнне заробкаў дапамагло толькі часткова, бо дзяржаўныя прадпрыемствы абмежаваныя ўласнымі фінансамі.</p>
<p>Для краіны, якая амаль не мела досведу маштабнай працоўнай іміграцыі, гэта істотная змена. Улада робіць акцэнт на часовых кантрактах і строгім кантролі, а публічнай дыскусіі пра інтэграцыю, моўныя курсы ці правы працоўных мігрантаў няма. Мясцовыя рэакцыі, заўважныя ў рэгіянальных сацыяльных сетках, вагаюцца ад прагматычнага прыняцця да адкрытай варожасці.</p>
<p>Гэты матэрыял – агляд, а не ацэнка падзей аднаго тыдня. Тэндэнцыя, хутчэй за ўсё, захаваецца на працягу 2026 года, і мы вернемся да яе сацыяльных наступстваў у наступных выпусках.</p>`,
            seoDescription:
              "Беларускія рэгіёны ўсё часцей наймаюць работнікаў з Азіі, каб закрыць недахоп кадраў; колькасць дазволаў вырасла ўдвая.",
          },
          ru: {
            title: "Регионы привлекают иностранных работников, чтобы закрыть дефицит кадров",
            lead: "Региональные власти расширяют набор работников из Центральной и Южной Азии для строек, ферм и заводов. Такая политика в краткосрочной перспективе смягчает дефицит кадров, но ставит вопросы об интеграции, зарплатах и долгосрочных демографических перспективах.",
            body: `<p>Официальные данные, опубликованные на этой неделе, показывают, что число разрешений на работу, выданных иностранным гражданам в 2025 году, выросло примерно вдвое по сравнению с предыдущим годом. Большинство приезжих – из Туркменистана, Узбекистана, Пакистана и Индии; они работают в строительстве, сельском хозяйстве, мясопереработке и текстильном производстве. Несколько облисполкомов заключили собственные договоры о наборе работников с зарубежными агентствами.</p>
<p>Причина очевидна. Эмиграция после 2020 года, старение населения и отток работников в Россию оставили многие предприятия без возможности закрыть вакансии, особенно за пределами Минска. Повышение зарплат помогло лишь частично, поскольку государственные предприятия ограничены собственными финансами.</p>
<p>Для страны, почти не имевшей опыта масштабной трудовой иммиграции, это существенная перемена. Власти делают акцент на временных контрактах и строгом контроле, а публичной дискуссии об интеграции, языковых курсах или правах трудовых мигрантов нет. Местные реакции, заметные в региональных социальных сетях, колеблются от прагматичного принятия до открытой враждебности.</p>
<p>Этот материал – обзор, а не оценка событий одной недели. Тенденция, скорее всего, сохранится в течение 2026 года, и мы вернёмся к её социальным последствиям в следующих выпусках.</p>`,
            seoDescription:
              "Белорусские регионы всё чаще нанимают работников из Азии, чтобы закрыть дефицит кадров; число разрешений выросло вдвое.",
          },
        },
      },
      {
        section: "economy",
        trend: "improved",
        authors: ["maryna-lapitskaya", "andrei-zhuk"],
        tags: ["china", "trade"],
        translations: {
          en: {
            title: "Minsk Looks to China and the Gulf for New Investment",
            lead: "A Belarusian government delegation visited China and the United Arab Emirates and returned with agreements on industrial and logistics projects. The deals are modest in scale, but they show Minsk’s effort to diversify its partners beyond Russia.",
            body: `<p>In the second half of January, a delegation led by a deputy prime minister held talks in Beijing and Abu Dhabi. In China, the sides agreed to expand the production of vehicle components at the Great Stone industrial park and to increase rail freight through Belarus to Europe. In the Emirates, the talks focused on food exports, a logistics hub and a possible investment fund for agricultural projects.</p>
<p>The practical value of the agreements will depend on financing. Chinese partners have been cautious about new loans to Belarus since Western sanctions complicated payments, and Gulf investors usually demand guarantees that Minsk struggles to provide. Still, the signed documents contain concrete timelines, which sets them apart from many earlier memoranda.</p>
<p>For the government, the trips serve an additional purpose: to demonstrate that the country does not depend on Russia alone. China already accounts for a growing share of Belarusian imports, while exports to the Gulf remain small but are rising.</p>
<p>We rate this week’s developments as a modest improvement. The real test will come in the second half of the year, when the first projects are supposed to receive financing.</p>`,
            seoDescription:
              "A Belarusian delegation signs industrial and logistics deals in China and the UAE – a modest step towards diversifying partners.",
          },
          be: {
            title: "Мінск шукае новыя інвестыцыі ў Кітаі і краінах Персідскага заліва",
            lead: "Беларуская ўрадавая дэлегацыя наведала Кітай і Аб’яднаныя Арабскія Эміраты і вярнулася з пагадненнямі пра прамысловыя і лагістычныя праекты. Маштаб дамоўленасцяў сціплы, аднак яны паказваюць імкненне Мінска дыверсіфікаваць партнёраў па-за Расіяй.",
            body: `<p>У другой палове студзеня дэлегацыя на чале з віцэ-прэм’ерам правяла перамовы ў Пекіне і Абу-Дабі. У Кітаі бакі дамовіліся пашырыць вытворчасць аўтакампанентаў у індустрыяльным парку «Вялікі камень» і павялічыць чыгуначныя грузавыя перавозкі праз Беларусь у Еўропу. У Эміратах гаворка ішла пра экспарт харчовай прадукцыі, лагістычны хаб і магчымы інвестыцыйны фонд для аграрных праектаў.</p>
<p>Практычная вартасць пагадненняў будзе залежаць ад фінансавання. Кітайскія партнёры асцярожна ставяцца да новых крэдытаў Беларусі з таго часу, як заходнія санкцыі ўскладнілі разлікі, а інвестары з краін Персідскага заліва звычайна патрабуюць гарантый, якія Мінску цяжка даць. І ўсё ж падпісаныя дакументы змяшчаюць канкрэтныя тэрміны, і гэтым яны адрозніваюцца ад многіх ранейшых мемарандумаў.</p>
<p>Для ўрада паездкі маюць і дадатковую мэту – паказаць, што краіна не залежыць толькі ад Расіі. На Кітай ужо прыпадае ўсё большая доля беларускага імпарту, а экспарт у краіны Персідскага заліва пакуль невялікі, але расце.</p>
<p>Мы ацэньваем падзеі тыдня як сціплае паляпшэнне. Сапраўдная праверка адбудзецца ў другой палове года, калі першыя праекты павінны атрымаць фінансаванне.</p>`,
            seoDescription:
              "Беларуская дэлегацыя падпісала ў Кітаі і ААЭ пагадненні пра прамысловыя і лагістычныя праекты – сціплы крок да дыверсіфікацыі.",
          },
          ru: {
            title: "Минск ищет новые инвестиции в Китае и странах Персидского залива",
            lead: "Белорусская правительственная делегация посетила Китай и Объединённые Арабские Эмираты и вернулась с соглашениями о промышленных и логистических проектах. Масштаб договорённостей скромный, однако они показывают стремление Минска диверсифицировать партнёров за пределами России.",
            body: `<p>Во второй половине января делегация во главе с вице-премьером провела переговоры в Пекине и Абу-Даби. В Китае стороны договорились расширить производство автокомпонентов в индустриальном парке «Великий камень» и увеличить железнодорожные грузовые перевозки через Беларусь в Европу. В Эмиратах речь шла об экспорте продовольствия, логистическом хабе и возможном инвестиционном фонде для аграрных проектов.</p>
<p>Практическая ценность соглашений будет зависеть от финансирования. Китайские партнёры осторожно относятся к новым кредитам Беларуси с тех пор, как западные санкции осложнили расчёты, а инвесторы из стран Персидского залива обычно требуют гарантий, которые Минску трудно предоставить. И всё же подписанные документы содержат конкретные сроки, чем и отличаются от многих прежних меморандумов.</p>
<p>Для правительства поездки имеют и дополнительную цель – показать, что страна не зависит от одной лишь России. На Китай уже приходится всё большая доля белорусского импорта, а экспорт в страны Персидского залива пока невелик, но растёт.</p>
<p>Мы оцениваем события недели как скромное улучшение. Настоящая проверка наступит во второй половине года, когда первые проекты должны получить финансирование.</p>`,
            seoDescription:
              "Белорусская делегация подписала в Китае и ОАЭ соглашения о промышленных и логистических проектах – скромный шаг к диверсификации.",
          },
        },
      },
      {
        section: "belarus-west",
        trend: "unchanged",
        authors: ["andrei-zhuk"],
        tags: ["sanctions", "european-union"],
        translations: {
          en: {
            title: "EU Opens Review of Belarus Sanctions Ahead of February Renewal",
            lead: "EU member states have begun discussing the annual renewal of individual sanctions against Belarusian officials, due by the end of February. A rollover is almost certain; the debate is about new listings, a few delistings and closing loopholes in trade restrictions.",
            body: `<p>This week diplomats in Brussels started the regular review of the EU’s Belarus sanctions regime. The individual measures – asset freezes and travel bans for several hundred people and entities – expire at the end of February unless renewed, which requires unanimity among all 27 member states.</p>
<p>Three issues are on the table. First, Lithuania and Poland are pushing for new listings linked to the balloon incidents and to the instrumentalisation of migration. Second, a few people may be removed from the list, either because they have died or because the legal grounds have weakened. Third, the Commission wants to align the Belarus trade restrictions with the latest package of sanctions against Russia to prevent circumvention.</p>
<ul><li>Expected outcome: renewal for twelve months.</li><li>Possible new listings: officials responsible for border security and for repression.</li><li>Main risk: a veto threat from a member state seeking concessions on an unrelated issue.</li></ul>
<p>For Minsk, the review is a chance to test whether the release of political prisoners buys any flexibility. In our assessment, it does not yet: the EU treats pardons as a welcome but insufficient step. The decision itself is expected in the last week of February.</p>`,
            seoDescription:
              "The EU begins reviewing its Belarus sanctions: renewal by the end of February is near-certain, with debate over the details.",
          },
          be: {
            title: "ЕС пачаў перагляд санкцый супраць Беларусі перад лютаўскім падаўжэннем",
            lead: "Краіны – сябры ЕС пачалі абмяркоўваць штогадовае падаўжэнне індывідуальных санкцый супраць беларускіх чыноўнікаў, якое мусіць адбыцца да канца лютага. Падаўжэнне амаль непазбежнае; спрэчкі ідуць пра новыя імёны, выключэнне некалькіх асоб са спісу і закрыццё шчылін у гандлёвых абмежаваннях.",
            body: `<p>На гэтым тыдні дыпламаты ў Бруселі пачалі чарговы перагляд беларускага санкцыйнага рэжыму ЕС. Тэрмін дзеяння індывідуальных мер – замарожвання актываў і забароны на ўезд для некалькіх соцень асоб і арганізацый – сканчаецца ў канцы лютага, калі іх не падоўжаць. Для гэтага патрэбная аднагалоснасць усіх 27 краін-сяброў.</p>
<p>На стале тры пытанні. Па-першае, Літва і Польшча настойваюць на новых уключэннях у спіс, звязаных з інцыдэнтамі з паветранымі шарамі і інструменталізацыяй міграцыі. Па-другое, некалькі чалавек могуць быць выключаныя са спісу – з-за смерці або таму, што прававыя падставы аслаблі. Па-трэцяе, Еўракамісія хоча сінхранізаваць беларускія гандлёвыя абмежаванні з апошнім пакетам санкцый супраць Расіі, каб не дапусціць іх абыходу.</p>
<ul><li>Чаканы вынік: падаўжэнне на дванаццаць месяцаў.</li><li>Магчымыя новыя імёны: чыноўнікі, адказныя за памежную бяспеку і рэпрэсіі.</li><li>Галоўная рызыка: пагроза вета з боку краіны, якая дамагаецца саступак у іншым пытанні.</li></ul>
<p>Для Мінска перагляд – магчымасць праверыць, ці дае вызваленне палітвязняў хоць нейкую гнуткасць. Паводле нашай ацэнкі, пакуль не: ЕС лічыць памілаванні пазітыўным, але недастатковым крокам. Само рашэнне чакаецца ў апошні тыдзень лютага.</p>`,
            seoDescription:
              "ЕС пачаў перагляд санкцый супраць Беларусі: падаўжэнне да канца лютага амаль непазбежнае, спрэчкі ідуць пра дэталі.",
          },
          ru: {
            title: "ЕС начал пересмотр санкций против Беларуси перед февральским продлением",
            lead: "Страны – члены ЕС начали обсуждать ежегодное продление индивидуальных санкций против белорусских чиновников, которое должно состояться до конца февраля. Продление почти неизбежно; споры идут о новых именах, исключении нескольких лиц из списка и закрытии лазеек в торговых ограничениях.",
            body: `<p>На этой неделе дипломаты в Брюсселе начали очередной пересмотр белорусского санкционного режима ЕС. Срок действия индивидуальных мер – заморозки активов и запрета на въезд для нескольких сотен лиц и организаций – истекает в конце февраля, если их не продлить. Для этого требуется единогласие всех 27 государств-членов.</p>
<p>На столе три вопроса. Во-первых, Литва и Польша настаивают на новых включениях в список, связанных с инцидентами с воздушными шарами и инструментализацией миграции. Во-вторых, несколько человек могут быть исключены из списка – из-за смерти или потому, что правовые основания ослабли. В-третьих, Еврокомиссия хочет синхронизировать белорусские торговые ограничения с последним пакетом санкций против России, чтобы не допустить их обхода.</p>
<ul><li>Ожидаемый итог: продление на двенадцать месяцев.</li><li>Возможные новые имена: чиновники, ответственные за пограничную безопасность и репрессии.</li><li>Главный риск: угроза вето со стороны страны, добивающейся уступок по другому вопросу.</li></ul>
<p>Для Минска пересмотр – возможность проверить, даёт ли освобождение политзаключённых хоть какую-то гибкость. По нашей оценке, пока нет: ЕС считает помилования позитивным, но недостаточным шагом. Само решение ожидается в последнюю неделю февраля.</p>`,
            seoDescription: "ЕС начал пересмотр санкций против Беларуси: продление до конца февраля почти неизбежно, споры идут о деталях.",
          },
        },
      },
    ],
  },

  // ─────────────────────────────────────────────── 2026-02-02
  {
    weekStart: "2026-02-02",
    articles: [
      {
        section: "security",
        trend: "unchanged",
        authors: ["alena-kavalchuk"],
        tags: ["budget"],
        translations: {
          en: {
            title: "Defence Spending in 2026 Prioritises Air Defence and Drones",
            lead: "Details of the 2026 budget show defence and security spending rising faster than overall expenditure, with priority given to air defence, drones and electronic warfare. The figures reflect lessons from Ukraine rather than preparations for offensive action.",
            body: `<p>The finance ministry this week released a more detailed breakdown of the 2026 budget. Spending on defence and national security is set to grow noticeably in nominal terms, outpacing total expenditure. According to official reports, at a meeting with the military leadership Lukashenka named air defence and the production of drones at domestic enterprises as the main priorities.</p>
<p>The structure of spending is telling. A growing share goes to air defence systems bought from Russia, to the modernisation of existing equipment and to a domestic drone programme involving state holdings in machine-building and electronics. Spending on personnel is also rising, mainly to keep army pay competitive with civilian jobs.</p>
<h2>What it means</h2>
<p>The increase does not signal a change in military strategy. It continues a trend visible since 2022 and reflects the conclusion that drones and air defence play a decisive role in modern conflict. It also supports state enterprises struggling with weak civilian demand.</p>
<p>The burden on the budget, however, is growing at a time of economic slowdown. We expect defence spending to remain untouchable even if other items are cut during the year, which will limit the government’s room for manoeuvre on wages and social programmes.</p>`,
            seoDescription: "Belarus’s 2026 budget raises defence spending, prioritising air defence, drones and electronic warfare.",
          },
          be: {
            title: "Абаронны бюджэт на 2026 год аддае прыярытэт супрацьпаветранай абароне і дронам",
            lead: "Падрабязнасці бюджэту на 2026 год паказваюць, што выдаткі на абарону і бяспеку растуць хутчэй за агульныя выдаткі, а прыярытэт атрымалі супрацьпаветраная абарона, дроны і радыёэлектронная барацьба. Лічбы адлюстроўваюць урокі Украіны, а не падрыхтоўку да наступальных дзеянняў.",
            body: `<p>На гэтым тыдні Міністэрства фінансаў апублікавала больш падрабязную структуру бюджэту на 2026 год. Выдаткі на абарону і нацыянальную бяспеку ў намінальным выражэнні прыкметна павялічацца і будуць расці хутчэй за агульныя выдаткі. Паводле афіцыйных паведамленняў, на нарадзе з вайсковым кіраўніцтвам Лукашэнка назваў галоўнымі прыярытэтамі супрацьпаветраную абарону і вытворчасць дронаў на айчынных прадпрыемствах.</p>
<p>Структура выдаткаў красамоўная. Усё большая доля ідзе на сістэмы СПА, набытыя ў Расіі, на мадэрнізацыю наяўнай тэхнікі і на ўласную праграму беспілотнікаў з удзелам дзяржаўных холдынгаў машынабудавання і электронікі. Растуць і выдаткі на асабовы склад – перадусім каб заробкі ў войску маглі канкурыраваць з грамадзянскімі.</p>
<h2>Што гэта азначае</h2>
<p>Павелічэнне не сведчыць пра змену вайсковай стратэгіі. Яно працягвае тэндэнцыю, заўважную з 2022 года, і адлюстроўвае выснову, што дроны і СПА адыгрываюць вырашальную ролю ў сучасным канфлікце. Акрамя таго, яно падтрымлівае дзяржаўныя прадпрыемствы, якія церпяць ад слабага грамадзянскага попыту.</p>
<p>Аднак нагрузка на бюджэт расце ў час запаволення эканомікі. Мы чакаем, што выдаткі на абарону застануцца недатыкальнымі, нават калі іншыя артыкулы будуць скарочаныя на працягу года, і гэта абмяжуе прастору ўрада для манеўру ў пытаннях заробкаў і сацыяльных праграм.</p>`,
            seoDescription:
              "Бюджэт Беларусі на 2026 год павялічвае выдаткі на абарону з прыярытэтам на СПА, дроны і радыёэлектронную барацьбу.",
          },
          ru: {
            title: "Оборонный бюджет на 2026 год отдаёт приоритет ПВО и дронам",
            lead: "Детали бюджета на 2026 год показывают, что расходы на оборону и безопасность растут быстрее общих расходов, а приоритет получили противовоздушная оборона, дроны и радиоэлектронная борьба. Цифры отражают уроки Украины, а не подготовку к наступательным действиям.",
            body: `<p>На этой неделе Министерство финансов опубликовало более подробную структуру бюджета на 2026 год. Расходы на оборону и национальную безопасность в номинальном выражении заметно увеличатся и будут расти быстрее общих расходов. По официальным сообщениям, на совещании с военным руководством Лукашенко назвал главными приоритетами противовоздушную оборону и производство дронов на отечественных предприятиях.</p>
<p>Структура расходов красноречива. Всё большая доля идёт на системы ПВО, приобретённые в России, на модернизацию имеющейся техники и на собственную программу беспилотников с участием государственных холдингов машиностроения и электроники. Растут и расходы на личный состав – прежде всего чтобы зарплаты в армии могли конкурировать с гражданскими.</p>
<h2>Что это значит</h2>
<p>Рост расходов не свидетельствует о смене военной стратегии. Он продолжает тенденцию, заметную с 2022 года, и отражает вывод о том, что дроны и ПВО играют решающую роль в современном конфликте. Кроме того, он поддерживает государственные предприятия, страдающие от слабого гражданского спроса.</p>
<p>Однако нагрузка на бюджет растёт во время замедления экономики. Мы ожидаем, что расходы на оборону останутся неприкосновенными, даже если другие статьи будут сокращены в течение года, и это ограничит пространство правительства для манёвра в вопросах зарплат и социальных программ.</p>`,
            seoDescription:
              "Бюджет Беларуси на 2026 год увеличивает расходы на оборону с приоритетом на ПВО, дроны и радиоэлектронную борьбу.",
          },
        },
      },
      {
        section: "domestic-politics",
        trend: "worsened",
        authors: ["pavel-hrynevich"],
        tags: ["civil-society"],
        translations: {
          en: {
            title: "Authorities Tighten Control Over Public Associations and Local Initiatives",
            lead: "Draft amendments to the rules on public associations would require even small local groups to register their activities and report foreign contacts. The changes complete the dismantling of independent civil society and extend control to apolitical initiatives.",
            body: `<p>This week the Ministry of Justice published draft amendments to the regulation of public associations and non-profit organisations. Groups that hold regular events (from neighbourhood clean-ups to amateur sports clubs) would have to notify local authorities, submit annual reports and disclose any funding or contacts from abroad. Failure to comply could lead to fines and liquidation.</p>
<p>Since 2021 more than a thousand non-governmental organisations have been closed in Belarus, and most of the remaining ones are loyal to the state. The new rules target what is left: informal, mostly apolitical initiatives that survived by staying below the radar.</p>
<h2>Why now</h2>
<p>The timing is linked to the ideological campaign announced for 2026, which stresses “patriotic education” and the role of pro-government organisations. The authorities want any civic activity to pass through controlled structures. The commission on returns, which invites emigrants to come back, is presented as the other side of the same policy: openness for the loyal, restrictions for everyone else.</p>
<p>We expect the amendments to be adopted with minor changes. Their practical effect will depend on enforcement, but the message to society is clear: independent initiative, even without political content, arouses suspicion.</p>`,
            seoDescription:
              "Belarus’s justice ministry proposes making even small local groups report their activities and foreign contacts.",
          },
          be: {
            title: "Улада ўзмацняе кантроль над грамадскімі аб’яднаннямі і мясцовымі ініцыятывамі",
            lead: "Праект змен у правілах дзейнасці грамадскіх аб’яднанняў абавяжа нават невялікія мясцовыя групы рэгістраваць сваю дзейнасць і паведамляць пра замежныя кантакты. Змены завяршаюць разгром незалежнай грамадзянскай супольнасці і пашыраюць кантроль на апалітычныя ініцыятывы.",
            body: `<p>На гэтым тыдні Міністэрства юстыцыі апублікавала праект змен у рэгуляванні грамадскіх аб’яднанняў і некамерцыйных арганізацый. Групы, якія рэгулярна праводзяць мерапрыемствы (ад суботнікаў у двары да аматарскіх спартыўных клубаў), будуць абавязаныя паведамляць мясцовым уладам, здаваць штогадовыя справаздачы і раскрываць любое фінансаванне або кантакты з-за мяжы. За невыкананне патрабаванняў пагражаюць штрафы і ліквідацыя.</p>
<p>З 2021 года ў Беларусі ліквідавана больш за тысячу недзяржаўных арганізацый, а большасць тых, што засталіся, лаяльныя да дзяржавы. Новыя правілы б’юць па рэштках: нефармальных, пераважна апалітычных ініцыятывах, якія выжылі, не прыцягваючы да сябе ўвагі.</p>
<h2>Чаму цяпер</h2>
<p>Час звязаны з ідэалагічнай кампаніяй, абвешчанай на 2026 год, у якой акцэнт робіцца на «патрыятычным выхаванні» і ролі праўладных арганізацый. Улада хоча, каб любая грамадская актыўнасць праходзіла праз падкантрольныя структуры. Камісія па пытаннях вяртання, якая запрашае эмігрантаў вярнуцца, падаецца як другі бок той жа палітыкі: адкрытасць для лаяльных і абмежаванні для ўсіх астатніх.</p>
<p>Мы чакаем, што змены прымуць з нязначнымі праўкамі. Іх практычны эфект будзе залежаць ад правапрымянення, аднак сігнал грамадству відавочны: незалежная ініцыятыва, нават без палітычнага зместу, выклікае падазрэнне.</p>`,
            seoDescription:
              "Мінюст Беларусі прапануе абавязаць нават невялікія мясцовыя групы паведамляць пра дзейнасць і замежныя кантакты.",
          },
          ru: {
            title: "Власти ужесточают контроль над общественными объединениями и местными инициативами",
            lead: "Проект изменений в правилах деятельности общественных объединений обяжет даже небольшие местные группы регистрировать свою деятельность и сообщать о зарубежных контактах. Изменения завершают разгром независимого гражданского общества и распространяют контроль на аполитичные инициативы.",
            body: `<p>На этой неделе Министерство юстиции опубликовало проект изменений в регулировании общественных объединений и некоммерческих организаций. Группы, которые регулярно проводят мероприятия (от субботников во дворе до любительских спортивных клубов), будут обязаны уведомлять местные власти, сдавать ежегодные отчёты и раскрывать любое финансирование или контакты из-за рубежа. За невыполнение требований грозят штрафы и ликвидация.</p>
<p>С 2021 года в Беларуси ликвидировано более тысячи негосударственных организаций, а большинство оставшихся лояльны государству. Новые правила бьют по остаткам: неформальным, преимущественно аполитичным инициативам, которые выжили, не привлекая к себе внимания.</p>
<h2>Почему сейчас</h2>
<p>Сроки связаны с идеологической кампанией, объявленной на 2026 год, в которой акцент делается на «патриотическом воспитании» и роли провластных организаций. Власти хотят, чтобы любая общественная активность проходила через подконтрольные структуры. Комиссия по вопросам возвращения, приглашающая эмигрантов вернуться, подаётся как другая сторона той же политики: открытость для лояльных и ограничения для всех остальных.</p>
<p>Мы ожидаем, что изменения примут с незначительными поправками. Их практический эффект будет зависеть от правоприменения, однако сигнал обществу очевиден: независимая инициатива, даже без политического содержания, вызывает подозрение.</p>`,
            seoDescription:
              "Минюст Беларуси предлагает обязать даже небольшие местные группы сообщать о деятельности и зарубежных контактах.",
          },
        },
      },
      {
        section: "economy",
        trend: "worsened",
        authors: ["maryna-lapitskaya"],
        tags: ["inflation"],
        translations: {
          en: {
            title: "January Inflation Accelerates Despite Administrative Price Controls",
            lead: "Consumer prices rose faster in January than in any month of the past year, driven by food and services. The figure confirms that price controls delay inflation rather than prevent it, and it makes tighter monetary policy more likely.",
            body: `<p>According to the National Statistical Committee, consumer prices rose by around 1.5% in January compared with December, bringing annual inflation close to 8%. Food – above all vegetables, dairy products and meat – accounted for most of the increase, together with regulated services such as public transport and housing and utility services. Non-food goods rose more slowly.</p>
<p>The result was predictable. As we noted two weeks ago, extending price controls while wages grow rapidly was bound to create pressure. Some producers used the start of the year to push through increases that had been postponed for months, and the regulators approved many of them.</p>
<h2>Policy response</h2>
<p>The National Bank has so far kept its refinancing rate unchanged, but the January figure makes a modest increase more likely in the coming months. The government, for its part, has instructed local authorities to step up price inspections. This may slow the headline figure but will also cause shortages of some goods.</p>
<p>We expect annual inflation to remain above 7% in the first half of 2026. The combination of slowing growth and rising prices will make promises on wages harder to keep.</p>`,
            seoDescription:
              "Belarusian inflation accelerated in January: prices rose about 1.5% in a month, pushing the annual rate close to 8%.",
          },
          be: {
            title: "Інфляцыя ў студзені паскорылася, нягледзячы на адміністрацыйны кантроль цэн",
            lead: "У студзені спажывецкія цэны раслі хутчэй, чым у любы месяц мінулага года, галоўным чынам з-за прадуктаў харчавання і паслуг. Лічба пацвярджае, што кантроль над цэнамі адкладае інфляцыю, а не прадухіляе яе, і павялічвае верагоднасць больш жорсткай грашова-крэдытнай палітыкі.",
            body: `<p>Паводле даных Нацыянальнага статыстычнага камітэта, у студзені спажывецкія цэны выраслі прыкладна на 1,5% у параўнанні са снежнем, і гадавая інфляцыя наблізілася да 8%. Асноўны ўклад далі прадукты харчавання – перадусім гародніна, малочныя прадукты і мяса, – а таксама рэгуляваныя паслугі, такія як грамадскі транспарт і жыллёва-камунальныя паслугі. Непрадуктовыя тавары даражэлі павольней.</p>
<p>Вынік быў прадказальны. Як мы пісалі два тыдні таму, падаўжэнне кантролю над цэнамі ў спалучэнні з хуткім ростам заробкаў непазбежна стварала ціск. Частка вытворцаў скарысталася пачаткам года, каб правесці павышэнні, адкладзеныя на месяцы, і рэгулятары многія з іх ухвалілі.</p>
<h2>Адказ улады</h2>
<p>Нацыянальны банк пакуль не змяняў стаўку рэфінансавання, аднак студзеньская лічба робіць яе невялікае павышэнне ў бліжэйшыя месяцы больш верагодным. Урад, у сваю чаргу, даручыў мясцовым уладам узмацніць праверкі цэн. Гэта можа запаволіць рост паказчыка, але таксама выкліча дэфіцыт некаторых тавараў.</p>
<p>Мы чакаем, што ў першым паўгоддзі 2026 года гадавая інфляцыя будзе заставацца вышэй за 7%. Спалучэнне запаволення росту і павышэння цэн ускладніць выкананне абяцанняў наконт заробкаў.</p>`,
            seoDescription:
              "Інфляцыя ў Беларусі ў студзені паскорылася: цэны выраслі каля 1,5% за месяц, гадавы паказчык наблізіўся да 8%.",
          },
          ru: {
            title: "Инфляция в январе ускорилась, несмотря на административный контроль цен",
            lead: "В январе потребительские цены росли быстрее, чем в любой месяц прошлого года, главным образом за счёт продуктов питания и услуг. Цифра подтверждает, что контроль над ценами откладывает инфляцию, а не предотвращает её, и повышает вероятность ужесточения денежно-кредитной политики.",
            body: `<p>По данным Национального статистического комитета, в январе потребительские цены выросли примерно на 1,5% по сравнению с декабрём, и годовая инфляция приблизилась к 8%. Основной вклад внесли продукты питания – прежде всего овощи, молочные продукты и мясо, – а также регулируемые услуги, такие как общественный транспорт и жилищно-коммунальные услуги. Непродовольственные товары дорожали медленнее.</p>
<p>Результат был предсказуем. Как мы писали две недели назад, продление контроля над ценами в сочетании с быстрым ростом зарплат неизбежно создавало давление. Часть производителей воспользовалась началом года, чтобы провести повышения, откладывавшиеся месяцами, и регуляторы многие из них одобрили.</p>
<h2>Ответ властей</h2>
<p>Национальный банк пока не менял ставку рефинансирования, однако январская цифра делает её небольшое повышение в ближайшие месяцы более вероятным. Правительство, в свою очередь, поручило местным властям усилить ценовые проверки. Это может замедлить рост показателя, но также вызовет дефицит некоторых товаров.</p>
<p>Мы ожидаем, что в первом полугодии 2026 года годовая инфляция будет оставаться выше 7%. Сочетание замедления роста и повышения цен затруднит выполнение обещаний по зарплатам.</p>`,
            seoDescription:
              "Инфляция в Беларуси в январе ускорилась: цены выросли примерно на 1,5% за месяц, годовой показатель приблизился к 8%.",
          },
        },
      },
      {
        section: "belarus-russia",
        trend: "improved",
        authors: ["volha-sidarenka"],
        tags: ["labour-migration", "union-state"],
        translations: {
          en: {
            title: "Fewer Belarusians Leave for Work in Russia as the Wage Gap Narrows",
            lead: "New data suggest that the outflow of Belarusian workers to Russia slowed in 2025, as wages at home rose and the Russian economy cooled. The shift eases pressure on the domestic labour market, although the common Union State labour market keeps the door open.",
            body: `<p>Migration figures published this week by the statistics committee, together with Russian data on registered employees from Belarus, point to a decline in labour migration to Russia last year. The number of Belarusians who left to work in Russian regions fell for the first time since 2021, while the number of those returning increased.</p>
<p>Two factors explain the change. Nominal wages in Belarus grew quickly in 2025 thanks to labour shortages and government pressure on employers, and the gap in purchasing power with Moscow and St Petersburg narrowed. In addition, higher living costs in Russian cities and a cooling Russian economy have made short-term migration less attractive.</p>
<p>Within the Union State, Belarusians enjoy the same rights on the Russian labour market as Russian citizens, so the flow responds almost entirely to economic incentives. This also means that the trend can quickly reverse if the Belarusian economy stalls and Russian wages pick up again.</p>
<p>For now, we assess the development as positive for Belarus: enterprises keep more skilled workers, especially in construction and transport. But it does not solve the demographic problem, which is why the regions are simultaneously recruiting workers from Asia.</p>`,
            seoDescription: "Labour migration from Belarus to Russia slowed in 2025 as wages at home rose and the Russian economy cooled.",
          },
          be: {
            title: "Менш беларусаў едзе працаваць у Расію, бо розніца ў заробках скарачаецца",
            lead: "Новыя даныя сведчаць, што ў 2025 годзе адток беларускіх работнікаў у Расію запаволіўся, бо заробкі дома выраслі, а расійская эканоміка астыла. Гэта змяншае ціск на ўнутраны рынак працы, хоць агульны рынак працы Саюзнай дзяржавы пакідае дзверы адчыненымі.",
            body: `<p>Даныя пра міграцыю, апублікаваныя на гэтым тыдні статыстычным камітэтам, разам з расійскай статыстыкай пра зарэгістраваных работнікаў з Беларусі сведчаць пра скарачэнне працоўнай міграцыі ў Расію ў мінулым годзе. Колькасць беларусаў, якія паехалі на працу ў расійскія рэгіёны, упершыню з 2021 года зменшылася, а колькасць тых, хто вярнуўся, павялічылася.</p>
<p>Змену тлумачаць два фактары. Намінальныя заробкі ў Беларусі ў 2025 годзе хутка раслі дзякуючы недахопу працоўнай сілы і ціску ўрада на наймальнікаў, і розніца ў пакупніцкай здольнасці з Масквой і Санкт-Пецярбургам скарацілася. Акрамя таго, даражэйшае жыццё ў расійскіх гарадах і астуджэнне расійскай эканомікі зрабілі кароткатэрміновую міграцыю менш прывабнай.</p>
<p>У межах Саюзнай дзяржавы беларусы маюць на расійскім рынку працы тыя ж правы, што і грамадзяне Расіі, таму плынь амаль цалкам залежыць ад эканамічных стымулаў. Гэта таксама азначае, што тэндэнцыя можа хутка змяніцца на адваротную, калі беларуская эканоміка забуксуе, а расійскія заробкі зноў пачнуць расці.</p>
<p>Пакуль мы ацэньваем гэтую змену як станоўчую для Беларусі: прадпрыемствы захоўваюць больш кваліфікаваных работнікаў, асабліва ў будаўніцтве і на транспарце. Аднак дэмаграфічнай праблемы гэта не вырашае – менавіта таму рэгіёны адначасова набіраюць работнікаў з Азіі.</p>`,
            seoDescription:
              "Адток беларускіх работнікаў у Расію ў 2025 годзе запаволіўся: заробкі дома выраслі, а расійская эканоміка астыла.",
          },
          ru: {
            title: "Трудовая миграция белорусов в Россию сокращается вместе с разрывом в зарплатах",
            lead: "Новые данные говорят о том, что в 2025 году отток белорусских работников в Россию замедлился: зарплаты дома выросли, а российская экономика остыла. Это снижает давление на внутренний рынок труда, хотя общий рынок труда Союзного государства оставляет дверь открытой.",
            body: `<p>Данные о миграции, опубликованные на этой неделе статистическим комитетом, вместе с российской статистикой о зарегистрированных работниках из Беларуси указывают на сокращение трудовой миграции в Россию в прошлом году. Число белорусов, уехавших на работу в российские регионы, впервые с 2021 года уменьшилось, а число вернувшихся увеличилось.</p>
<p>Перемену объясняют два фактора. Номинальные зарплаты в Беларуси в 2025 году быстро росли благодаря нехватке рабочей силы и давлению правительства на работодателей, и разрыв в покупательной способности с Москвой и Санкт-Петербургом сократился. Кроме того, подорожание жизни в российских городах и охлаждение российской экономики сделали краткосрочную миграцию менее привлекательной.</p>
<p>В рамках Союзного государства белорусы имеют на российском рынке труда те же права, что и граждане России, поэтому поток почти полностью зависит от экономических стимулов. Это также означает, что тенденция может быстро развернуться, если белорусская экономика забуксует, а российские зарплаты снова начнут расти.</p>
<p>Пока мы оцениваем эту перемену как положительную для Беларуси: предприятия сохраняют больше квалифицированных работников, особенно в строительстве и на транспорте. Однако демографическую проблему это не решает – именно поэтому регионы одновременно набирают работников из Азии.</p>`,
            seoDescription:
              "Отток белорусских работников в Россию в 2025 году замедлился: зарплаты дома выросли, а российская экономика остыла.",
          },
        },
      },
      {
        section: "belarus-west",
        trend: "improved",
        authors: ["andrei-zhuk"],
        tags: ["border", "trade"],
        translations: {
          en: {
            title: "Poland Eases Freight Restrictions on the Belarusian Border",
            lead: "Warsaw has agreed to increase capacity for trucks at the main freight crossing near Brest and to resume clearance of some goods. The decision is driven by the interests of Polish business and does not signal a thaw in political relations.",
            body: `<p>After months of complaints from Polish carriers and importers, the Polish government this week announced additional staff and longer working hours for customs at the main freight crossing near Brest. Clearance of certain categories of goods that had been diverted to other routes will also resume. Polish officials stressed that sanctions and security checks remain unchanged.</p>
<p>The move reflects economic rather than political calculations. Long queues on the Belarusian side had raised costs for Polish logistics companies and for the transit of Chinese goods to the EU, which Warsaw does not want to lose to other routes.</p>
<p>For Minsk, the step is nevertheless useful. It can be presented at home as evidence that Western pressure is weakening, and it reduces losses for Belarusian transport firms. Together with the longer hours on the Lithuanian border in January, it makes traffic between Belarus and its neighbours smoother than at any time in 2025 – unless new balloon incidents intervene.</p>
<p>We do not expect this to affect the renewal of EU sanctions at the end of February: the EU will keep using sanctions as leverage on Minsk. For background, see our <a href="https://example.org/belarus-sanctions-review">overview of the sanctions review</a>. Political dialogue between Warsaw and Minsk remains frozen, and any further easing will depend on the migration situation and on control of the border.</p>`,
            seoDescription:
              "Poland expands truck capacity at the Belarusian border for economic reasons, while political relations remain frozen.",
          },
          be: {
            title: "Польшча змякчае абмежаванні для грузавога руху на беларускай мяжы",
            lead: "Варшава пагадзілася павялічыць прапускную здольнасць для грузавікоў на галоўным грузавым пераходзе каля Брэста і аднавіць афармленне некаторых тавараў. Рашэнне прадыктаванае інтарэсамі польскага бізнесу і не азначае пацяплення палітычных адносін.",
            body: `<p>Пасля месяцаў скаргаў з боку польскіх перавозчыкаў і імпарцёраў урад Польшчы на гэтым тыдні абвясціў пра дадатковы персанал і падоўжаны час працы мытні на галоўным грузавым пераходзе каля Брэста. Таксама адновіцца афармленне некаторых катэгорый тавараў, якія раней перанакіроўвалі на іншыя маршруты. Польскія афіцыйныя асобы падкрэслілі, што санкцыі і праверкі бяспекі застаюцца без змен.</p>
<p>Крок адлюстроўвае хутчэй эканамічныя, чым палітычныя разлікі. Доўгія чэргі з беларускага боку павялічвалі выдаткі польскіх лагістычных кампаній і ўскладнялі транзіт кітайскіх тавараў у ЕС, які Варшава хоча захаваць на сваёй тэрыторыі, а не страціць на карысць іншых маршрутаў.</p>
<p>Для Мінска гэты крок усё ж карысны. Яго можна падаць унутры краіны як доказ таго, што заходні ціск слабее, і ён памяншае страты беларускіх транспартных фірмаў. Разам з падоўжаным часам працы на літоўскай мяжы ў студзені гэта робіць рух паміж Беларуссю і суседзямі больш плаўным, чым калі-небудзь у 2025 годзе, – калі толькі не ўмяшаюцца новыя інцыдэнты з шарамі.</p>
<p>Мы не чакаем, што гэта паўплывае на падаўжэнне санкцый ЕС у канцы лютага: Еўрапейскі саюз і далей будзе ўздзейнічаць на Мінск санкцыямі. Падрабязнасці – у нашым <a href="https://example.org/belarus-sanctions-review">аглядзе перагляду санкцый</a>. Палітычны дыялог паміж Варшавай і Мінскам застаецца замарожаным, а далейшае змякчэнне будзе залежаць ад сітуацыі з міграцыяй і кантролю над мяжой.</p>`,
            seoDescription:
              "Польшча павялічвае прапускную здольнасць для грузавікоў на мяжы з Беларуссю, але палітычныя адносіны застаюцца замарожанымі.",
          },
        },
      },
    ],
  },
];
