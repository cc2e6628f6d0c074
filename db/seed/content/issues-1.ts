import type { SeedIssue } from "../types";

/**
 * Demo content: weekly issues from 3 November to 1 December 2025.
 * All developments are invented sample material for the demo site.
 */
export const issues: SeedIssue[] = [
  // ───────────────────────────── 2025-11-03 ─────────────────────────────
  {
    weekStart: "2025-11-03",
    articles: [
      {
        section: "security",
        trend: "unchanged",
        authors: ["alena-kavalchuk"],
        tags: ["military-exercises", "border"],
        translations: {
          en: {
            title: "Autumn Staff Exercise Rehearses Rapid Redeployment to the West",
            lead: "A week-long command post exercise in the Brest and Hrodna regions tested how quickly Belarusian and Russian units can move towards the western border. The scale was modest, but the scenario confirms that Minsk continues to plan around a confrontation with NATO.",
            body: `<p>The exercise, held from 27 October to 1 November, involved the headquarters of the western operational command, a Russian liaison group and several territorial defence units. According to the defence ministry, about 2,500 personnel and 300 pieces of equipment took part – roughly in line with similar autumn drills in previous years.</p>
<p>What stood out was the scenario rather than the numbers. Units practised moving from garrisons in the centre of the country to positions along the Polish and Lithuanian borders within 48 hours, and rehearsed the protection of bridges and railway junctions against sabotage groups. Territorial defence battalions were again used to guard infrastructure in the rear.</p>
<h2>What to expect</h2>
<p>The exercise does not change the overall military balance in the region, and there are no signs of a build-up of Russian forces on Belarusian territory. However, it confirms a trend: the armed forces are being trained for a defensive war on the western flank, and mobilisation readiness is treated as a permanent task rather than a seasonal one.</p>
<p>We expect the winter training period, which begins in December, to continue this pattern, with greater emphasis on drones and air defence.</p>`,
            seoDescription:
              "A Belarusian–Russian command post exercise rehearsed moving troops to the Polish and Lithuanian borders within 48 hours. What it tells us.",
          },
          be: {
            title: "Восеньскія штабныя вучэнні адпрацавалі хуткую перадыслакацыю на захад",
            lead: "Тыднёвыя камандна-штабныя вучэнні ў Брэсцкай і Гродзенскай абласцях праверылі, як хутка беларускія і расійскія падраздзяленні могуць выйсці да заходняй мяжы. Маштаб быў сціплы, аднак сцэнар пацвярджае, што Мінск па-ранейшаму будуе планы ў разліку на супрацьстаянне з НАТА.",
            body: `<p>Вучэнні, якія праходзілі з 27 кастрычніка па 1 лістапада, прыцягнулі штаб заходняга аператыўнага камандавання, расійскую групу ўзаемадзеяння і некалькі падраздзяленняў тэрытарыяльнай абароны. Паводле звестак Міністэрства абароны, у іх удзельнічалі каля 2 500 вайскоўцаў і 300 адзінак тэхнікі – прыкладна столькі ж, колькі і ў падобных восеньскіх вучэннях папярэдніх гадоў.</p>
<p>Увагу звяртае на сябе не колькасць, а сцэнар. Падраздзяленні адпрацоўвалі перамяшчэнне з месцаў сталай дыслакацыі ў цэнтры краіны на пазіцыі ўздоўж польскай і літоўскай мяжы на працягу 48 гадзін, а таксама ахову мастоў і чыгуначных вузлоў ад дыверсійных груп. Батальёны тэрытарыяльнай абароны зноў ахоўвалі інфраструктуру ў тыле.</p>
<h2>Чаго чакаць</h2>
<p>Вучэнні не змяняюць агульнага вайсковага балансу ў рэгіёне, і прыкмет нарошчвання расійскіх сіл на беларускай тэрыторыі няма. Аднак яны пацвярджаюць тэндэнцыю: узброеныя сілы рыхтуюць да абарончай вайны на заходнім флангу, а мабілізацыйная гатоўнасць разглядаецца як пастаянная задача, а не сезонная.</p>
<p>Мы чакаем, што зімовы перыяд навучання, які пачынаецца ў снежні, працягне гэтую лінію з большым акцэнтам на беспілотнікі і супрацьпаветраную абарону.</p>`,
            seoDescription:
              "Камандна-штабныя вучэнні адпрацавалі перакідку войскаў да мяжы з Польшчай і Літвой за 48 гадзін. Што гэта значыць.",
          },
          ru: {
            title: "Осенние штабные учения отработали быструю переброску войск на запад",
            lead: "Недельные командно-штабные учения в Брестской и Гродненской областях проверили, насколько быстро белорусские и российские подразделения могут выдвинуться к западной границе. Масштаб был скромным, однако сценарий подтверждает, что Минск по-прежнему строит планы в расчёте на противостояние с НАТО.",
            body: `<p>В учениях, проходивших с 27 октября по 1 ноября, были задействованы штаб западного оперативного командования, российская группа взаимодействия и несколько подразделений территориальной обороны. По данным Министерства обороны, в них участвовали около 2 500 военнослужащих и 300 единиц техники – примерно столько же, сколько в аналогичных осенних учениях прошлых лет.</p>
<p>Внимание привлекает не численность, а сценарий. Подразделения отрабатывали переход из пунктов постоянной дислокации в центре страны на позиции вдоль польской и литовской границы в течение 48 часов, а также охрану мостов и железнодорожных узлов от диверсионных групп. Батальоны территориальной обороны вновь охраняли инфраструктуру в тылу.</p>
<h2>Чего ожидать</h2>
<p>Учения не меняют общего военного баланса в регионе, признаков наращивания российских сил на белорусской территории нет. Однако они подтверждают тенденцию: вооружённые силы готовят к оборонительной войне на западном фланге, а мобилизационная готовность рассматривается как постоянная, а не сезонная задача.</p>
<p>Мы ожидаем, что зимний период обучения, который начинается в декабре, продолжит эту линию с более заметным акцентом на беспилотники и противовоздушную оборону.</p>`,
            seoDescription: "Командно-штабные учения отработали переброску войск к границе с Польшей и Литвой за 48 часов. Что это значит.",
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
            title: "Pardon Decree Frees 18 Prisoners, Signals Cautious Opening",
            lead: "Lukashenka pardoned 18 people convicted under “extremism” articles, the largest single group since the summer. The move points to a managed, incremental release policy rather than a change of course, but it keeps the door open for further humanitarian steps before the new year.",
            body: `<p>The decree, published on 31 October, covers people sentenced for protest-related offences, donations to organisations designated as extremist, and comments on social media. Most had served more than half of their sentences; several are reported to be in poor health. As in earlier rounds, those released were required to submit a petition for pardon and to admit guilt.</p>
<p>The authorities presented the step as an act of humanism ahead of the holidays. Human rights groups welcomed the releases but noted that the total number of people they consider political prisoners has barely changed, as new convictions continue at a similar pace.</p>
<blockquote>The pardon mechanism remains individual, conditional and reversible: it reduces the numbers without dismantling the practice that produces them.</blockquote>
<p>We assess the trend as a modest improvement. The pace of releases has increased since the summer, and state media now cover pardons openly. The key indicator to watch is whether releases start to outnumber new politically motivated convictions. Until that happens, the overall picture will remain one of controlled pressure.</p>`,
            seoDescription:
              "Lukashenka pardoned 18 people convicted under extremism articles. Why the releases matter and why they do not yet change the system.",
          },
          be: {
            title: "Указ аб памілаванні вызваліў 18 чалавек: асцярожны сігнал улады",
            lead: "Лукашэнка памілаваў 18 чалавек, асуджаных паводле «экстрэмісцкіх» артыкулаў, – гэта найбольшая група з лета. Крок сведчыць пра кіраваную, паступовую палітыку вызваленняў, а не пра змену курсу, аднак пакідае магчымасць для новых гуманітарных крокаў да Новага года.",
            body: `<p>Указ, апублікаваны 31 кастрычніка, датычыць людзей, асуджаных за ўдзел у пратэстах, ахвяраванні арганізацыям, прызнаным экстрэмісцкімі, і каментары ў сацыяльных сетках. Большасць ужо адбыла больш за палову тэрміну; некаторыя, паводле наяўных звестак, маюць сур’ёзныя праблемы са здароўем. Як і раней, вызваленыя мусілі напісаць прашэнне аб памілаванні і прызнаць віну.</p>
<p>Улады падалі гэты крок як праяву гуманізму напярэдадні святаў. Праваабаронцы вітаюць вызваленні, аднак звяртаюць увагу, што агульная колькасць людзей, якіх яны лічаць палітвязнямі, амаль не змянілася: новыя прысуды выносяцца ў ранейшым тэмпе.</p>
<blockquote>Механізм памілавання застаецца індывідуальным, умоўным і зваротным: ён змяншае лічбы, але не ліквідуе практыкі, якая іх спараджае.</blockquote>
<p>Мы ацэньваем тэндэнцыю як сціплае паляпшэнне. З лета тэмп вызваленняў павялічыўся, а дзяржаўныя СМІ цяпер адкрыта пішуць пра памілаванні. Галоўны індыкатар – ці пачне колькасць вызваленых перавышаць колькасць новых палітычна матываваных прысудаў. Пакуль гэтага не адбудзецца, агульная карціна застанецца карцінай кантраляванага ціску.</p>`,
            seoDescription: "Лукашэнка памілаваў 18 палітвязняў. Чаму вызваленні важныя і чаму яны пакуль не змяняюць сістэму.",
          },
          ru: {
            title: "Указ о помиловании освободил 18 человек: осторожный сигнал власти",
            lead: "Лукашенко помиловал 18 человек, осуждённых по «экстремистским» статьям, – это крупнейшая группа с лета. Шаг говорит об управляемой, постепенной политике освобождений, а не о смене курса, но оставляет возможность для новых гуманитарных жестов до Нового года.",
            body: `<p>Указ, опубликованный 31 октября, касается людей, осуждённых за участие в протестах, пожертвования организациям, признанным экстремистскими, и комментарии в социальных сетях. Большинство уже отбыли больше половины срока; у нескольких, по имеющимся данным, серьёзные проблемы со здоровьем. Как и прежде, освобождённые должны были подать прошение о помиловании и признать вину.</p>
<p>Власти представили этот шаг как проявление гуманизма накануне праздников. Правозащитники приветствуют освобождения, но обращают внимание, что общее число людей, которых они считают политзаключёнными, почти не изменилось: новые приговоры выносятся в прежнем темпе.</p>
<blockquote>Механизм помилования остаётся индивидуальным, условным и обратимым: он сокращает цифры, но не устраняет практику, которая их порождает.</blockquote>
<p>Мы оцениваем тенденцию как скромное улучшение. С лета темп освобождений вырос, а государственные СМИ теперь открыто сообщают о помилованиях. Главный индикатор – начнёт ли число освобождённых превышать число новых политически мотивированных приговоров. Пока этого не произойдёт, общая картина останется картиной контролируемого давления.</p>`,
            seoDescription: "Лукашенко помиловал 18 политзаключённых. Почему освобождения важны и почему они пока не меняют систему.",
          },
        },
      },
      {
        section: "economy",
        trend: "worsened",
        authors: ["maryna-lapitskaya"],
        tags: ["budget", "inflation"],
        translations: {
          en: {
            title: "Draft 2026 Budget Bets on Growth That Is Already Slowing",
            lead: "The government’s draft budget for 2026 assumes 4% GDP growth and inflation of 7%, both optimistic against this year’s trajectory. A planned deficit and rising spending on defence and state programmes leave little room for manoeuvre if the economy cools further.",
            body: `<p>The Ministry of Finance submitted the draft budget and accompanying tax amendments to the House of Representatives last week. Revenues of the consolidated budget are projected to grow by around 9% in nominal terms, while expenditure rises faster, producing a planned deficit of about 1.5% of GDP. The gap is to be covered mainly by domestic borrowing and Russian loans.</p>
<p>The underlying forecast looks stretched. After a strong 2024, GDP growth slowed to around 2% year on year this autumn, as the labour shortage limits output and demand from Russia weakens. Inflation has stayed above the official target for most of the year despite extensive price controls.</p>
<ul><li>Defence and security spending grows faster than total expenditure.</li><li>Support for state-owned enterprises remains a large off-budget item.</li><li>Indexation of pensions and public-sector wages is tied to inflation, not to growth.</li></ul>
<p>We see the fiscal position as worsening. The budget does not yet signal austerity, but it builds in a dependence on optimistic assumptions. If growth comes in closer to 2%, the government will face a choice between cutting investment programmes, raising taxes further or relying more heavily on Moscow.</p>`,
            seoDescription:
              "Belarus’s draft 2026 budget assumes 4% growth and 7% inflation. We assess the risks behind the optimistic forecast.",
          },
          be: {
            title: "Праект бюджэту на 2026 год робіць стаўку на рост, які ўжо запавольваецца",
            lead: "Урадавы праект бюджэту на 2026 год зыходзіць з росту ВУП на 4% і інфляцыі на ўзроўні 7% – абедзве лічбы выглядаюць аптымістычна на фоне сёлетняй дынамікі. Запланаваны дэфіцыт і рост выдаткаў на абарону і дзяржпраграмы пакідаюць мала прасторы для манеўру, калі эканоміка астыне яшчэ больш.",
            body: `<p>Міністэрства фінансаў на мінулым тыдні ўнесла ў Палату прадстаўнікоў праект бюджэту і суправаджальныя падатковыя папраўкі. Даходы кансалідаванага бюджэту, паводле прагнозу, вырастуць прыкладна на 9% у намінальным выражэнні, а выдаткі – хутчэй, што дае запланаваны дэфіцыт каля 1,5% ВУП. Разрыў мяркуюць пакрыць пераважна за кошт унутраных запазычанняў і расійскіх крэдытаў.</p>
<p>Базавы прагноз выглядае нацягнутым. Пасля моцнага 2024 года рост ВУП гэтай восенню запаволіўся прыкладна да 2% у гадавым выражэнні: дэфіцыт працоўнай сілы абмяжоўвае вытворчасць, а попыт з боку Расіі слабее. Інфляцыя большую частку года заставалася вышэй за афіцыйны арыенцір, нягледзячы на шырокі кантроль над цэнамі.</p>
<ul><li>Выдаткі на абарону і бяспеку растуць хутчэй за агульныя выдаткі.</li><li>Падтрымка дзяржаўных прадпрыемстваў застаецца вялікім пазабюджэтным артыкулам.</li><li>Індэксацыя пенсій і заробкаў бюджэтнікаў прывязаная да інфляцыі, а не да росту.</li></ul>
<p>Мы лічым, што стан дзяржаўных фінансаў пагаршаецца. Бюджэт пакуль не сведчыць пра рэжым эканоміі, аднак закладвае залежнасць ад аптымістычных дапушчэнняў. Калі рост апынецца бліжэй да 2%, ураду давядзецца выбіраць паміж скарачэннем інвестыцыйных праграм, далейшым павышэннем падаткаў і большай апорай на Маскву.</p>`,
            seoDescription: "Праект бюджэту Беларусі на 2026 год: рост 4% і інфляцыя 7%. Якія рызыкі хаваюцца за аптымістычным прагнозам.",
          },
          ru: {
            title: "Проект бюджета на 2026 год делает ставку на замедляющийся рост",
            lead: "Правительственный проект бюджета на 2026 год исходит из роста ВВП на 4% и инфляции на уровне 7% – обе цифры выглядят оптимистично на фоне динамики этого года. Запланированный дефицит и рост расходов на оборону и госпрограммы оставляют мало пространства для манёвра, если экономика остынет сильнее.",
            body: `<p>Министерство финансов на прошлой неделе внесло в Палату представителей проект бюджета и сопутствующие налоговые поправки. Доходы консолидированного бюджета, по прогнозу, вырастут примерно на 9% в номинальном выражении, а расходы – быстрее, что даёт плановый дефицит около 1,5% ВВП. Разрыв предполагается покрыть преимущественно за счёт внутренних заимствований и российских кредитов.</p>
<p>Базовый прогноз выглядит натянутым. После сильного 2024 года рост ВВП этой осенью замедлился примерно до 2% в годовом выражении: дефицит рабочей силы ограничивает производство, а спрос со стороны России ослабевает. Инфляция большую часть года оставалась выше официального ориентира, несмотря на масштабный контроль над ценами.</p>
<ul><li>Расходы на оборону и безопасность растут быстрее общих расходов.</li><li>Поддержка государственных предприятий остаётся крупной внебюджетной статьёй.</li><li>Индексация пенсий и зарплат бюджетников привязана к инфляции, а не к росту.</li></ul>
<p>Мы считаем, что состояние госфинансов ухудшается. Бюджет пока не говорит о режиме жёсткой экономии, но закладывает зависимость от оптимистичных допущений. Если рост окажется ближе к 2%, правительству придётся выбирать между сокращением инвестиционных программ, дальнейшим повышением налогов и большей опорой на Москву.</p>`,
            seoDescription:
              "Проект бюджета Беларуси на 2026 год: рост 4% и инфляция 7%. Какие риски скрываются за оптимистичным прогнозом.",
          },
        },
      },
      {
        section: "belarus-russia",
        trend: "unchanged",
        authors: ["andrei-zhuk"],
        tags: ["union-state", "energy"],
        translations: {
          en: {
            title: "Gas Price Stays Frozen for 2026 as Integration Agenda Thickens",
            lead: "Minsk and Moscow agreed to keep the gas price for Belarus unchanged in 2026, preserving a key subsidy. In return, the Belarusian side faces pressure to speed up the harmonisation of tax and customs rules under the Union State programmes.",
            body: `<p>The intergovernmental agreement, finalised at a meeting of the Union State Council of Ministers, fixes the price of Russian gas for Belarusian consumers at the 2025 level. For the Belarusian economy, which relies on gas for most of its electricity and heating, this is the single most important external decision of the year, and it was reached without the public bargaining typical of earlier periods.</p>
<p>The absence of drama is itself telling. Energy subsidies are no longer a subject of visible dispute but part of a wider package in which Minsk accepts gradual integration in exchange for predictable support. The same meeting reviewed progress on a unified indirect tax policy and common rules for the oil and gas markets, both of which have slipped behind schedule.</p>
<p>We expect no sharp turns. Moscow has little interest in destabilising its ally while the war continues, and Minsk has no alternative suppliers. The relationship remains unequal but stable, and the next test will be the set of integration programmes for 2026–2030, which the governments intend to present before the end of the year. Details of the single gas market, postponed several times already, are likely to be pushed back again.</p>`,
            seoDescription:
              "Russian gas for Belarus will cost the same in 2026. What Minsk gives in return under the Union State integration agenda.",
          },
          be: {
            title: "Цана на газ на 2026 год застаецца замарожанай, інтэграцыя паглыбляецца",
            lead: "Мінск і Масква дамовіліся не змяняць цану на газ для Беларусі ў 2026 годзе – гэта захоўвае ключавую субсідыю. Узамен беларускі бок сутыкаецца з ціскам паскорыць гарманізацыю падатковых і мытных правілаў у межах праграм Саюзнай дзяржавы.",
            body: `<p>Міжурадавае пагадненне, узгодненае на пасяджэнні Савета міністраў Саюзнай дзяржавы, фіксуе цану расійскага газу для беларускіх спажыўцоў на ўзроўні 2025 года. Для беларускай эканомікі, якая залежыць ад газу ў вытворчасці большай часткі электраэнергіі і цяпла, гэта найважнейшае знешняе рашэнне года, і дасягнута яно было без публічнага гандлю, характэрнага для ранейшых часоў.</p>
<p>Адсутнасць драмы сама па сабе красамоўная. Энергетычныя субсідыі больш не з’яўляюцца прадметам бачнай спрэчкі, а ўваходзяць у шырэйшы пакет, у якім Мінск прымае паступовую інтэграцыю ў абмен на прадказальную падтрымку. На тым жа пасяджэнні разглядалі ход працы над адзінай палітыкай у сферы ўскосных падаткаў і агульнымі правіламі нафтавага і газавага рынкаў – абодва кірункі адстаюць ад графіка.</p>
<p>Мы не чакаем рэзкіх паваротаў. Масква мала зацікаўленая ў дэстабілізацыі саюзніка, пакуль працягваецца вайна, а ў Мінска няма альтэрнатыўных пастаўшчыкоў. Адносіны застаюцца няроўнымі, але стабільнымі, і наступным выпрабаваннем стане пакет інтэграцыйных праграм на 2026–2030 гады, які ўрады мяркуюць прадставіць да канца года. Падрабязнасці адзінага газавага рынку, які ўжо некалькі разоў адкладалі, хутчэй за ўсё, зноў перанясуць.</p>`,
            seoDescription:
              "Расійскі газ для Беларусі ў 2026 годзе не падаражэе. Што Мінск дае ўзамен у межах інтэграцыі Саюзнай дзяржавы.",
          },
          ru: {
            title: "Цена на газ на 2026 год заморожена, интеграционная повестка уплотняется",
            lead: "Минск и Москва договорились не менять цену на газ для Беларуси в 2026 году – это сохраняет ключевую субсидию. Взамен белорусская сторона сталкивается с давлением ускорить гармонизацию налоговых и таможенных правил в рамках программ Союзного государства.",
            body: `<p>Межправительственное соглашение, согласованное на заседании Совета министров Союзного государства, фиксирует цену российского газа для белорусских потребителей на уровне 2025 года. Для белорусской экономики, которая зависит от газа в производстве большей части электроэнергии и тепла, это важнейшее внешнее решение года, и достигнуто оно было без публичного торга, характерного для прежних времён.</p>
<p>Отсутствие драмы само по себе показательно. Энергетические субсидии больше не предмет видимого спора, а часть более широкого пакета, в котором Минск принимает постепенную интеграцию в обмен на предсказуемую поддержку. На том же заседании рассматривали ход работы над единой политикой в сфере косвенных налогов и общими правилами нефтяного и газового рынков – оба направления отстают от графика.</p>
<p>Мы не ожидаем резких поворотов. Москва мало заинтересована в дестабилизации союзника, пока продолжается война, а у Минска нет альтернативных поставщиков. Отношения остаются неравными, но стабильными, и следующим испытанием станет пакет интеграционных программ на 2026–2030 годы, который правительства намерены представить до конца года. Детали единого газового рынка, который уже несколько раз откладывали, скорее всего, снова перенесут.</p>`,
            seoDescription:
              "Российский газ для Беларуси в 2026 году не подорожает. Что Минск даёт взамен в рамках интеграции в Союзном государстве.",
          },
        },
      },
      {
        section: "belarus-west",
        trend: "worsened",
        authors: ["andrei-zhuk", "volha-sidarenka"],
        tags: ["border", "trade", "european-union"],
        translations: {
          en: {
            title: "Lithuanian Checkpoint Closures Leave Hundreds of Trucks Stranded",
            lead: "Lithuania’s decision to shut its two remaining road crossings with Belarus after a series of airspace incidents has left hundreds of trucks stuck on the Belarusian side. The standoff adds a humanitarian and commercial dimension to an already frozen relationship.",
            body: `<p>Vilnius closed the crossings in late October, citing a series of hybrid incidents in its airspace near the border. Minsk rejected the accusations and described the closure as an instrument of political pressure. Lithuanian hauliers say several hundred of their vehicles remain on Belarusian territory, where drivers now pay parking fees and do not know when they will be able to return.</p>
<p>The closure also hits Belarusian residents of border districts, for whom trips to Lithuania had been one of the few remaining links with the EU. Traffic has partly shifted to Polish and Latvian crossings, where waiting times for cars have grown to between one and two days.</p>
<p>We assess the situation as worsening. Both sides are using the border for signalling, and neither has an obvious incentive to back down quickly. A partial reopening for passenger traffic is possible within weeks, but the return of the stranded trucks is likely to become a bargaining chip. Brussels has expressed solidarity with Vilnius and may take the incidents into account when preparing the next sanctions listings.</p>`,
            seoDescription:
              "Lithuania closed its road crossings with Belarus, stranding hundreds of trucks. How the border standoff may develop.",
          },
          be: {
            title: "Закрыццё літоўскіх пунктаў пропуску заблакавала сотні грузавікоў",
            lead: "Рашэнне Літвы закрыць два апошнія аўтамабільныя пункты пропуску на мяжы з Беларуссю пасля шэрагу інцыдэнтаў у паветранай прасторы пакінула сотні грузавікоў на беларускім баку. Супрацьстаянне дадае гуманітарны і камерцыйны вымяр і без таго замарожаным адносінам.",
            body: `<p>Вільнюс закрыў пункты пропуску ў канцы кастрычніка, спаслаўшыся на серыю гібрыдных інцыдэнтаў у сваёй паветранай прасторы паблізу мяжы. Мінск адхіліў абвінавачванні і назваў закрыццё інструментам палітычнага ціску. Паводле літоўскіх перавозчыкаў, некалькі соцень іх машын застаюцца на беларускай тэрыторыі, дзе кіроўцы цяпер плацяць за стаянку і не ведаюць, калі змогуць вярнуцца.</p>
<p>Закрыццё б’е і па жыхарах беларускіх памежных раёнаў, для якіх паездкі ў Літву заставаліся адной з нямногіх сувязяў з ЕС. Рух часткова перамясціўся на польскія і латвійскія пункты пропуску, дзе час чакання для легкавых аўтамабіляў вырас да аднаго-двух сутак.</p>
<p>Мы ацэньваем сітуацыю як пагаршэнне. Абодва бакі выкарыстоўваюць мяжу для сігналаў, і ні ў аднаго няма відавочнага стымулу хутка саступіць. Частковае адкрыццё для пасажырскага руху магчымае на працягу некалькіх тыдняў, аднак вяртанне заблакаваных грузавікоў, хутчэй за ўсё, ператворыцца ў прадмет торгу. Брусель выказаў салідарнасць з Вільнюсам і можа ўлічыць інцыдэнты пры падрыхтоўцы наступных санкцыйных спісаў.</p>`,
            seoDescription: "Літва закрыла аўтамабільныя пункты пропуску на мяжы з Беларуссю. Як можа развівацца супрацьстаянне.",
          },
          ru: {
            title: "Закрытие литовских пунктов пропуска заблокировало сотни грузовиков",
            lead: "Решение Литвы закрыть два последних автомобильных пункта пропуска на границе с Беларусью после серии инцидентов в воздушном пространстве оставило сотни грузовиков на белорусской стороне. Противостояние добавляет гуманитарное и коммерческое измерение и без того замороженным отношениям.",
            body: `<p>Вильнюс закрыл пункты пропуска в конце октября, сославшись на серию гибридных инцидентов в своём воздушном пространстве вблизи границы. Минск отверг обвинения и назвал закрытие инструментом политического давления. По словам литовских перевозчиков, несколько сотен их машин остаются на белорусской территории, где водители теперь платят за стоянку и не знают, когда смогут вернуться.</p>
<p>Закрытие бьёт и по жителям белорусских приграничных районов, для которых поездки в Литву оставались одной из немногих связей с ЕС. Движение частично переместилось на польские и латвийские пункты пропуска, где время ожидания для легковых автомобилей выросло до одних-двух суток.</p>
<p>Мы оцениваем ситуацию как ухудшение. Обе стороны используют границу для сигналов, и ни у одной нет очевидного стимула быстро уступить. Частичное открытие для пассажирского движения возможно в течение нескольких недель, но возвращение заблокированных грузовиков, скорее всего, превратится в предмет торга. Брюссель выразил солидарность с Вильнюсом и может учесть инциденты при подготовке следующих санкционных списков.</p>`,
            seoDescription: "Литва закрыла автомобильные пункты пропуска на границе с Беларусью. Как может развиваться противостояние.",
          },
        },
      },
    ],
  },

  // ───────────────────────────── 2025-11-10 ─────────────────────────────
  {
    weekStart: "2025-11-10",
    articles: [
      {
        section: "security",
        trend: "unchanged",
        authors: ["alena-kavalchuk"],
        tags: ["csto", "military-exercises"],
        translations: {
          en: {
            title: "CSTO Air Defence Drills Highlight Belarus’s Role as Frontline Ally",
            lead: "Belarusian units took part in a CSTO command post exercise on joint air defence, held partly on Belarusian territory. The drills add little militarily, but they show how Minsk uses the bloc to present itself as the alliance’s western shield.",
            body: `<p>The exercise, which ended on 7 November, brought together staff officers from CSTO member states to practise coordinating air defence against drones and cruise missiles. Belarus hosted the command post in the Minsk region and contributed an anti-aircraft missile regiment, while most other members sent only small teams of observers and staff officers.</p>
<p>The imbalance is familiar. Within the CSTO, Belarus and Russia are the only members that treat the bloc’s western dimension as a practical priority; the Central Asian states focus on Afghanistan and internal stability, and Armenia has frozen its participation. For Minsk, however, the organisation offers a multilateral framework in which bilateral dependence on Moscow looks like collective security.</p>
<h2>Assessment</h2>
<p>The situation is unchanged. The drills do not alter the force posture on the western border and do not commit other CSTO members to anything in a real crisis. Their value lies in messaging: Minsk wants recognition as a frontline state and, potentially, additional resources for air defence. Expect this theme at the CSTO summit later this month, where Belarusian officials will push for joint procurement and a larger role for the regional air defence system.</p>`,
            seoDescription:
              "A CSTO air defence exercise hosted partly in Belarus shows how Minsk uses the bloc to present itself as a frontline state.",
          },
          be: {
            title: "Вучэнні АДКБ па супрацьпаветранай абароне падкрэсліваюць франтавую ролю Беларусі",
            lead: "Беларускія падраздзяленні ўзялі ўдзел у камандна-штабных вучэннях АДКБ па сумеснай супрацьпаветранай абароне, якія часткова праходзілі на беларускай тэрыторыі. З вайсковага пункту гледжання вучэнні мала што дадаюць, аднак паказваюць, як Мінск выкарыстоўвае блок, каб падаць сябе заходнім шчытом саюза.",
            body: `<p>Вучэнні, якія завяршыліся 7 лістапада, сабралі штабных афіцэраў краін-удзельніц АДКБ, каб адпрацаваць каардынацыю супрацьпаветранай абароны ад беспілотнікаў і крылатых ракет. Беларусь размясціла камандны пункт у Мінскай вобласці і выставіла зенітны ракетны полк, тады як большасць астатніх удзельнікаў даслала толькі невялікія групы назіральнікаў і штабістаў.</p>
<p>Такая неўраўнаважанасць не новая. У АДКБ толькі Беларусь і Расія разглядаюць заходні кірунак блока як практычны прыярытэт; цэнтральнаазіяцкія дзяржавы засяроджаныя на Афганістане і ўнутранай стабільнасці, а Арменія замарозіла свой удзел. Аднак для Мінска арганізацыя дае шматбаковую рамку, у якой двухбаковая залежнасць ад Масквы выглядае як калектыўная бяспека.</p>
<h2>Ацэнка</h2>
<p>Сітуацыя не змянілася. Вучэнні не ўплываюць на размяшчэнне сіл на заходняй мяжы і не абавязваюць іншых членаў АДКБ ні да чаго ў выпадку рэальнага крызісу. Іх каштоўнасць – у сігналах: Мінск хоча прызнання ў якасці франтавой дзяржавы і, магчыма, дадатковых рэсурсаў на супрацьпаветраную абарону. Гэтая тэма, верагодна, прагучыць на саміце АДКБ у канцы месяца, дзе беларускі бок будзе выступаць за сумесныя закупкі і больш вагомую ролю рэгіянальнай сістэмы СПА.</p>`,
            seoDescription: "Вучэнні АДКБ па супрацьпаветранай абароне: як Мінск выкарыстоўвае блок, каб падаць сябе франтавой дзяржавай.",
          },
          ru: {
            title: "Учения ОДКБ по ПВО подчёркивают роль Беларуси как прифронтового союзника",
            lead: "Белорусские подразделения приняли участие в командно-штабных учениях ОДКБ по совместной противовоздушной обороне, которые частично прошли на территории Беларуси. С военной точки зрения учения мало что добавляют, но показывают, как Минск использует блок, чтобы представить себя западным щитом союза.",
            body: `<p>Учения, завершившиеся 7 ноября, собрали штабных офицеров государств – членов ОДКБ для отработки координации противовоздушной обороны от беспилотников и крылатых ракет. Беларусь разместила командный пункт в Минской области и выставила зенитный ракетный полк, тогда как большинство остальных участников прислали лишь небольшие группы наблюдателей и штабистов.</p>
<p>Такой дисбаланс не нов. В ОДКБ только Беларусь и Россия рассматривают западное направление блока как практический приоритет; центральноазиатские государства сосредоточены на Афганистане и внутренней стабильности, а Армения заморозила своё участие. Однако для Минска организация даёт многостороннюю рамку, в которой двусторонняя зависимость от Москвы выглядит как коллективная безопасность.</p>
<h2>Оценка</h2>
<p>Ситуация не изменилась. Учения не влияют на расположение сил на западной границе и ни к чему не обязывают других членов ОДКБ в случае реального кризиса. Их ценность – в сигналах: Минск хочет признания в качестве прифронтового государства и, возможно, дополнительных ресурсов на ПВО. Эта тема, вероятно, прозвучит на саммите ОДКБ в конце месяца, где белорусская сторона будет выступать за совместные закупки и более весомую роль региональной системы ПВО.</p>`,
            seoDescription: "Учения ОДКБ по ПВО: как Минск использует блок, чтобы представить себя прифронтовым государством.",
          },
        },
      },
      {
        // Deliberately without a Belarusian translation.
        section: "domestic-politics",
        trend: "unchanged",
        authors: ["pavel-hrynevich", "volha-sidarenka"],
        tags: ["civil-society", "elections", "budget"],
        translations: {
          en: {
            title: "Local Councils Gain New Duties but No New Money",
            lead: "Amendments to the law on local government hand district councils responsibility for housing maintenance, social services and “ideological work”. The reform strengthens vertical control rather than self-government, and it arrives without the funding local budgets would need to deliver.",
            body: `<p>The amendments, approved by the House of Representatives in the first reading this week, follow the 2024 elections to local councils and the constitutional redesign that placed the All-Belarusian People’s Assembly at the top of the representative system. District executive committees remain the real centres of power; the councils gain the right to hear reports from local officials and to propose – but not to veto – spending priorities.</p>
<p>The new duties are substantial. Councils will be expected to monitor housing maintenance, coordinate social services for the elderly and organise patriotic events with schools and enterprises. Yet the draft 2026 budget keeps local revenues heavily dependent on transfers from the centre, and many districts in the east and north already struggle to fill vacancies in clinics and schools.</p>
<p>We assess the situation as unchanged. The reform formalises a model in which local bodies are accountable upwards rather than to residents. Its practical effect will depend on money and people, both in short supply outside Minsk and the regional centres. Expect complaints about unfunded mandates to surface in the regional press by spring, although they are unlikely to reach national politics.</p>`,
            seoDescription:
              "New amendments give Belarusian local councils extra duties without extra funding. What the reform changes in practice.",
          },
          ru: {
            title: "Местные советы получают новые обязанности, но не деньги",
            lead: "Поправки к закону о местном управлении передают районным советам ответственность за содержание жилья, социальные услуги и «идеологическую работу». Реформа укрепляет вертикальный контроль, а не самоуправление, и приходит без финансирования, которое понадобилось бы местным бюджетам для её выполнения.",
            body: `<p>Поправки, одобренные Палатой представителей в первом чтении на этой неделе, следуют за выборами в местные советы 2024 года и конституционной перестройкой, поставившей Всебелорусское народное собрание на вершину представительной системы. Реальными центрами власти остаются районные исполкомы; советы получают право заслушивать отчёты местных чиновников и предлагать – но не блокировать – приоритеты расходов.</p>
<p>Новые обязанности существенны. От советов будут ожидать контроля за содержанием жилфонда, координации социальных услуг для пожилых и организации патриотических мероприятий вместе со школами и предприятиями. Однако проект бюджета на 2026 год сохраняет сильную зависимость местных доходов от трансфертов из центра, а многие районы на востоке и севере страны уже с трудом заполняют вакансии в поликлиниках и школах.</p>
<p>Мы оцениваем ситуацию как неизменную. Реформа закрепляет модель, в которой местные органы подотчётны вышестоящим, а не жителям. Её практический эффект будет зависеть от денег и людей, которых за пределами Минска и областных центров не хватает. Жалобы на нефинансируемые полномочия, вероятно, появятся в региональной прессе к весне, хотя вряд ли выйдут на уровень национальной политики.</p>`,
            seoDescription:
              "Поправки дают местным советам в Беларуси новые обязанности без нового финансирования. Что реформа меняет на практике.",
          },
        },
      },
      {
        section: "economy",
        trend: "worsened",
        authors: ["maryna-lapitskaya"],
        tags: ["inflation", "trade"],
        translations: {
          en: {
            title: "October Inflation Ticks Up as Price Controls Show Their Limits",
            lead: "Consumer prices rose faster in October, pushing annual inflation further above the official target. The government’s response – stricter margin caps and more products under regulation – may hold down headline figures but is already creating shortages of some goods.",
            body: `<p>According to official statistics published this week, consumer prices rose by 0.8% in October, and annual inflation reached 7.4%. Food was the main driver: fruit, vegetables and meat became noticeably more expensive, while prices of regulated goods, such as bread and dairy products, barely moved.</p>
<p>The government has responded in a familiar way. The list of goods subject to maximum retail margins has been extended, and regional executive committees have been instructed to inspect shops more often. Producers say fixed prices no longer cover rising costs for wages, feed and packaging, and some have quietly reduced supplies to retail chains in favour of exports to Russia, where prices are higher.</p>
<ul><li>Regulated prices: stable, but with gaps on the shelves.</li><li>Unregulated goods: rising faster, especially imports.</li><li>Wages: still growing in real terms and fuelling demand.</li></ul>
<p>We assess the situation as worsening. Administrative control suppresses the symptoms, while the causes – a tight labour market, rapid wage growth and soft lending – remain in place. The National Bank has kept its refinancing rate unchanged. The price-control regime is due to be reviewed at the end of the month, and we expect it to be extended rather than relaxed.</p>`,
            seoDescription:
              "Annual inflation in Belarus rose to 7.4% in October. Why wider price controls are creating shortages rather than solving them.",
          },
          be: {
            title: "Кастрычніцкая інфляцыя паскорылася, а кантроль над цэнамі выяўляе свае межы",
            lead: "Спажывецкія цэны ў кастрычніку раслі хутчэй, і гадавая інфляцыя яшчэ больш адышла ад афіцыйнага арыенціра. Адказ урада – жорсткія абмежаванні гандлёвых надбавак і пашырэнне спісу рэгуляваных тавараў – можа стрымаць агульныя лічбы, але ўжо стварае дэфіцыт некаторых прадуктаў.",
            body: `<p>Паводле афіцыйнай статыстыкі, апублікаванай на гэтым тыдні, у кастрычніку спажывецкія цэны выраслі на 0,8%, а гадавая інфляцыя дасягнула 7,4%. Галоўным рухавіком сталі харчовыя тавары: заўважна падаражэлі садавіна, агародніна і мяса, тады як цэны на рэгуляваныя тавары, напрыклад хлеб і малочныя прадукты, амаль не змяніліся.</p>
<p>Урад адрэагаваў звыклым чынам. Спіс тавараў з гранічнымі рознічнымі надбаўкамі пашыраны, а аблвыканкамам даручана часцей праводзіць праверкі ў крамах. Вытворцы кажуць, што фіксаваныя цэны ўжо не пакрываюць выдаткаў на заробкі, корм і ўпакоўку, і некаторыя з іх ціха скарацілі пастаўкі ў гандлёвыя сеткі на карысць экспарту ў Расію, дзе цэны вышэйшыя.</p>
<ul><li>Рэгуляваныя цэны: стабільныя, але з пустымі месцамі на паліцах.</li><li>Нерэгуляваныя тавары: даражэюць хутчэй, асабліва імпартныя.</li><li>Заробкі: працягваюць расці ў рэальным выражэнні і падаграваюць попыт.</li></ul>
<p>Мы ацэньваем сітуацыю як пагаршэнне. Адміністрацыйны кантроль прыглушае сімптомы, а прычыны – напружаны рынак працы, хуткі рост заробкаў і мяккае крэдытаванне – застаюцца. Нацыянальны банк пакінуў стаўку рэфінансавання без зменаў. Рэжым кантролю над цэнамі мусяць перагледзець у канцы месяца, і мы чакаем, што яго хутчэй падоўжаць, чым паслабяць.</p>`,
            seoDescription: "Інфляцыя ў Беларусі ў кастрычніку дасягнула 7,4%. Чаму пашырэнне кантролю над цэнамі стварае дэфіцыт.",
          },
          ru: {
            title: "Октябрьская инфляция ускорилась, контроль над ценами показывает свои пределы",
            lead: "Потребительские цены в октябре росли быстрее, и годовая инфляция ещё больше отдалилась от официального ориентира. Ответ правительства – жёсткие ограничения торговых надбавок и расширение списка регулируемых товаров – может сдержать общие цифры, но уже создаёт дефицит некоторых продуктов.",
            body: `<p>По данным официальной статистики, опубликованным на этой неделе, в октябре потребительские цены выросли на 0,8%, а годовая инфляция достигла 7,4%. Главным драйвером стали продукты питания: заметно подорожали фрукты, овощи и мясо, тогда как цены на регулируемые товары, например хлеб и молочную продукцию, почти не изменились.</p>
<p>Правительство отреагировало привычным образом. Список товаров с предельными розничными надбавками расширен, а облисполкомам поручено чаще проводить проверки в магазинах. Производители говорят, что фиксированные цены уже не покрывают расходов на зарплаты, корма и упаковку, и некоторые из них тихо сократили поставки в торговые сети в пользу экспорта в Россию, где цены выше.</p>
<ul><li>Регулируемые цены: стабильны, но с пустыми местами на полках.</li><li>Нерегулируемые товары: дорожают быстрее, особенно импортные.</li><li>Зарплаты: продолжают расти в реальном выражении и подогревают спрос.</li></ul>
<p>Мы оцениваем ситуацию как ухудшение. Административный контроль приглушает симптомы, а причины – напряжённый рынок труда, быстрый рост зарплат и мягкое кредитование – сохраняются. Национальный банк оставил ставку рефинансирования без изменений. Режим контроля над ценами должны пересмотреть в конце месяца, и мы ожидаем, что его скорее продлят, чем ослабят.</p>`,
            seoDescription: "Инфляция в Беларуси в октябре достигла 7,4%. Почему расширение контроля над ценами создаёт дефицит.",
          },
        },
      },
      {
        section: "belarus-west",
        trend: "worsened",
        authors: ["andrei-zhuk"],
        tags: ["sanctions", "european-union", "border"],
        translations: {
          en: {
            title: "EU Begins Work on New Listings Over Hybrid Border Pressure",
            lead: "EU foreign ministers asked for proposals on new sanctions against Belarusian individuals and entities linked to hybrid incidents on the borders with Lithuania and Poland. The listings would be narrow, but they confirm that Brussels sees no basis for de-escalation.",
            body: `<p>The discussion at the Foreign Affairs Council followed the Lithuanian closure of its crossings and a fresh increase in attempts to cross the border into Poland irregularly. Several member states argued that the existing sanctions, which already cover much of Belarusian trade, should be used more actively against those who organise or facilitate hybrid operations, including border and transport officials.</p>
<p>Minsk reacted with a statement describing the plans as interference and warned of “mirror measures”, most likely targeting European hauliers and the Western companies still operating in the country. In practice, its options are limited: trade with the EU has already fallen sharply since 2022, and new restrictions hurt Belarusian transit revenues as much as European companies.</p>
<p>We assess the trend as worsening. The new listings will have a limited economic effect, but they narrow the space for pragmatic arrangements at the border, such as the return of stranded trucks. A formal decision is possible in December. Until then, watch whether Vilnius and Warsaw coordinate their border measures or act separately again. More on the existing regime is in our <a href="https://example.org/eu-sanctions-belarus-overview">sanctions overview</a>.</p>`,
            seoDescription:
              "EU ministers begin preparing new Belarus sanctions listings over hybrid incidents on the Lithuanian and Polish borders.",
          },
          be: {
            title: "ЕС пачынае рыхтаваць новыя спісы з-за гібрыднага ціску на мяжы",
            lead: "Міністры замежных спраў ЕС даручылі падрыхтаваць прапановы наконт новых санкцый супраць беларускіх асоб і арганізацый, звязаных з гібрыднымі інцыдэнтамі на мяжы з Літвой і Польшчай. Спісы будуць вузкімі, аднак пацвярджаюць, што Брусель не бачыць падстаў для дээскалацыі.",
            body: `<p>Абмеркаванне на Савеце ЕС па замежных справах адбылося пасля закрыцця літоўскіх пунктаў пропуску і новага росту спроб нелегальна перасекчы мяжу з Польшчай. Шэраг краін – членаў ЕС выказаўся за тое, каб актыўней карыстацца дзейнымі санкцыямі, якія і так ахопліваюць значную частку беларускага гандлю, супраць тых, хто арганізуе гібрыдныя аперацыі або спрыяе ім, у тым ліку супраць памежных і транспартных чыноўнікаў.</p>
<p>Мінск адрэагаваў заявай, у якой назваў гэтыя планы ўмяшаннем і папярэдзіў пра «люстраныя меры» – хутчэй за ўсё, супраць еўрапейскіх перавозчыкаў і заходніх кампаній, што яшчэ працуюць у краіне. На практыцы яго магчымасці абмежаваныя: гандаль з ЕС рэзка скараціўся яшчэ з 2022 года, а новыя абмежаванні б’юць па беларускіх транзітных даходах не менш, чым па еўрапейскіх кампаніях.</p>
<p>Мы ацэньваем тэндэнцыю як пагаршэнне. Новыя спісы будуць мець абмежаваны эканамічны эфект, аднак яны звужаюць прастору для прагматычных дамоўленасцяў на мяжы, напрыклад наконт вяртання заблакаваных грузавікоў. Фармальнае рашэнне магчымае ў снежні. Да таго часу варта сачыць, ці будуць Вільнюс і Варшава каардынаваць свае дзеянні на мяжы, ці зноў дзейнічаць паасобку. Больш пра дзейны рэжым – у нашым <a href="https://example.org/eu-sanctions-belarus-overview">аглядзе санкцый</a>.</p>`,
            seoDescription: "Міністры ЕС рыхтуюць новыя санкцыі супраць Беларусі з-за гібрыдных інцыдэнтаў на мяжы з Літвой і Польшчай.",
          },
          ru: {
            title: "ЕС начинает готовить новые списки из-за гибридного давления на границе",
            lead: "Министры иностранных дел ЕС поручили подготовить предложения о новых санкциях против белорусских лиц и организаций, связанных с гибридными инцидентами на границе с Литвой и Польшей. Списки будут узкими, но подтверждают, что Брюссель не видит оснований для деэскалации.",
            body: `<p>Обсуждение в Совете ЕС по иностранным делам состоялось после закрытия литовских пунктов пропуска и нового роста попыток незаконно пересечь границу с Польшей. Ряд государств – членов ЕС высказался за то, чтобы активнее использовать действующие санкции, которые и так охватывают значительную часть белорусской торговли, против тех, кто организует гибридные операции или содействует им, в том числе против пограничных и транспортных чиновников.</p>
<p>Минск отреагировал заявлением, в котором назвал эти планы вмешательством и предупредил о «зеркальных мерах» – скорее всего, против европейских перевозчиков и ещё работающих в стране западных компаний. На практике его возможности ограничены: торговля с ЕС резко сократилась ещё с 2022 года, а новые ограничения бьют по белорусским транзитным доходам не меньше, чем по европейским компаниям.</p>
<p>Мы оцениваем тенденцию как ухудшение. Новые списки будут иметь ограниченный экономический эффект, но они сужают пространство для прагматичных договорённостей на границе, например о возвращении заблокированных грузовиков. Формальное решение возможно в декабре. До тех пор стоит следить, будут ли Вильнюс и Варшава координировать свои действия на границе или снова действовать порознь. Подробнее о действующем режиме – в нашем <a href="https://example.org/eu-sanctions-belarus-overview">обзоре санкций</a>.</p>`,
            seoDescription: "Министры ЕС готовят новые санкции против Беларуси из-за гибридных инцидентов на границе с Литвой и Польшей.",
          },
        },
      },
    ],
  },

  // ───────────────────────────── 2025-11-17 ─────────────────────────────
  {
    weekStart: "2025-11-17",
    articles: [
      {
        section: "security",
        trend: "worsened",
        authors: ["alena-kavalchuk"],
        tags: ["military-exercises", "border"],
        translations: {
          en: {
            title: "Reservist Call-Ups Expand Across Western Regions",
            lead: "Military commissariats in the Brest and Hrodna regions have summoned more reservists for short training camps than at any other point this year. The move is framed as routine, but it points to a steady rise in mobilisation readiness along the western border.",
            body: `<p>Over the past two weeks, local media and social networks in western districts have reported summonses to training camps lasting from ten days to a month. The defence ministry says the camps are part of the annual plan and focus on territorial defence, engineering work and the operation of drones. Enterprises have been told to keep the jobs of called-up employees and continue paying part of their wages.</p>
<p>The numbers are not dramatic – probably a few thousand people – but the trend is consistent. Since 2023 the authorities have steadily expanded territorial defence, updated mobilisation records and tested the ability of local administrations to deliver reservists at short notice. This autumn the focus has shifted from the capital region to the west.</p>
<p>We assess the situation as worsening. The call-ups do not indicate preparation for offensive action, and there are no signs of Russian reinforcements arriving. However, they deepen the militarisation of the border regions and add pressure on a labour market that is already short of workers. Further camps are likely in the winter training period; a sharper rise would be a signal worth watching.</p>`,
            seoDescription:
              "More reservists are being called up for training in western Belarus. What the call-ups say about mobilisation readiness.",
          },
          be: {
            title: "Прызыў рэзервістаў на зборы пашыраецца ў заходніх рэгіёнах",
            lead: "Ваенныя камісарыяты Брэсцкай і Гродзенскай абласцей выклікалі на кароткія зборы больш рэзервістаў, чым у любы іншы момант гэтага года. Улады называюць гэта руцінай, аднак крок сведчыць пра стабільны рост мабілізацыйнай гатоўнасці ўздоўж заходняй мяжы.",
            body: `<p>За апошнія два тыдні мясцовыя СМІ і сацыяльныя сеткі ў заходніх раёнах паведамлялі пра позвы на зборы працягласцю ад дзесяці дзён да месяца. Міністэрства абароны запэўнівае, што зборы праходзяць паводле гадавога плана і прысвечаныя тэрытарыяльнай абароне, інжынерным работам і кіраванню беспілотнікамі. Прадпрыемствам загадана захоўваць працоўныя месцы прызваных супрацоўнікаў і працягваць выплачваць частку іх заробку.</p>
<p>Лічбы не драматычныя – верагодна, некалькі тысяч чалавек, – аднак тэндэнцыя паслядоўная. З 2023 года ўлады планамерна пашыраюць тэрытарыяльную абарону, абнаўляюць мабілізацыйны ўлік і правяраюць, ці здольныя мясцовыя адміністрацыі хутка забяспечыць прыбыццё рэзервістаў. Гэтай восенню акцэнт перамясціўся са сталічнага рэгіёна на захад.</p>
<p>Мы ацэньваем сітуацыю як пагаршэнне. Зборы не сведчаць пра падрыхтоўку да наступальных дзеянняў, і прыкмет прыбыцця расійскага падмацавання няма. Аднак яны паглыбляюць мілітарызацыю памежных рэгіёнаў і ўзмацняюць ціск на рынак працы, якому і так не хапае рабочых рук. Новыя зборы верагодныя ў зімовы перыяд навучання; больш рэзкі рост быў бы сігналам, на які варта звярнуць увагу.</p>`,
            seoDescription:
              "У заходніх рэгіёнах Беларусі больш рэзервістаў выклікаюць на зборы. Што гэта кажа пра мабілізацыйную гатоўнасць.",
          },
          ru: {
            title: "Призыв резервистов на сборы расширяется в западных регионах",
            lead: "Военные комиссариаты Брестской и Гродненской областей вызвали на краткосрочные сборы больше резервистов, чем когда-либо в этом году. Власти называют это рутиной, однако шаг говорит о последовательном росте мобилизационной готовности вдоль западной границы.",
            body: `<p>За последние две недели местные СМИ и социальные сети в западных районах сообщали о повестках на сборы продолжительностью от десяти дней до месяца. Министерство обороны уверяет, что сборы проходят по годовому плану и посвящены территориальной обороне, инженерным работам и управлению беспилотниками. Предприятиям предписано сохранять рабочие места призванных сотрудников и продолжать выплачивать часть их зарплаты.</p>
<p>Цифры не драматичны – вероятно, несколько тысяч человек, – но тенденция последовательна. С 2023 года власти планомерно расширяют территориальную оборону, обновляют мобилизационный учёт и проверяют, способны ли местные администрации быстро обеспечить прибытие резервистов. Этой осенью акцент сместился со столичного региона на запад.</p>
<p>Мы оцениваем ситуацию как ухудшение. Сборы не говорят о подготовке к наступательным действиям, признаков прибытия российских подкреплений нет. Однако они углубляют милитаризацию приграничных регионов и усиливают давление на рынок труда, которому и так не хватает рабочих рук. Новые сборы вероятны в зимний период обучения; более резкий рост стал бы сигналом, заслуживающим внимания.</p>`,
            seoDescription:
              "В западных регионах Беларуси больше резервистов вызывают на сборы. Что это говорит о мобилизационной готовности.",
          },
        },
      },
      {
        section: "domestic-politics",
        trend: "improved",
        authors: ["pavel-hrynevich"],
        tags: ["political-prisoners"],
        translations: {
          en: {
            title: "Second Pardon Round in a Month Includes Long-Term Prisoners",
            lead: "Lukashenka signed another pardon decree covering 25 people, including several serving long sentences for protest-related “crimes against the state”. The faster pace suggests the authorities are preparing a larger year-end gesture, possibly linked to contacts with Western interlocutors.",
            body: `<p>Unlike the October decree, the new list includes people sentenced to seven years or more, and at least two who had been held incommunicado for long periods. Several were released directly from penal colonies and, according to relatives, allowed to stay in the country. Others reportedly left the country shortly after release, although the circumstances remain unclear.</p>
<p>State media again emphasised that each decision was individual and followed a petition. At the same time, state television devoted unusual attention to the topic, and pro-government commentators discussed the possibility of a wider amnesty. This suggests that public opinion is being prepared for the policy rather than the policy being carried out quietly.</p>
<p>We assess the trend as improving. The pace of releases has roughly doubled compared with the summer, and the inclusion of long-term prisoners marks a qualitative change. Risks remain: new arrests continue, and those released are often placed under preventive supervision. The next indicator will be whether the holiday period brings a larger collective decision rather than another individual list.</p>`,
            seoDescription:
              "A second pardon decree in a month freed 25 people, including long-term prisoners. Is a larger year-end release coming?",
          },
          be: {
            title: "Другая за месяц хваля памілаванняў закранула вязняў з доўгімі тэрмінамі",
            lead: "Лукашэнка падпісаў чарговы ўказ аб памілаванні 25 чалавек, сярод якіх некалькі асуджаных на доўгія тэрміны за звязаныя з пратэстамі «злачынствы супраць дзяржавы». Больш хуткі тэмп сведчыць, што ўлады рыхтуюць большы жэст да канца года, магчыма, звязаны з кантактамі з заходнімі суразмоўцамі.",
            body: `<p>У адрозненне ад кастрычніцкага ўказа, новы спіс уключае людзей, асуджаных на сем гадоў і больш, і прынамсі двух, якіх доўга ўтрымлівалі ў рэжыме інкамунікада. Некаторых вызвалілі проста з калоній, і, паводле сваякоў, ім дазволілі застацца ў краіне. Іншыя, як паведамляецца, неўзабаве пасля вызвалення выехалі за мяжу, хоць абставіны застаюцца няяснымі.</p>
<p>Дзяржаўныя СМІ зноў падкрэслівалі, што кожнае рашэнне індывідуальнае і прынятае паводле прашэння. Разам з тым дзяржаўнае тэлебачанне надало тэме незвычайна шмат увагі, а праўладныя каментатары абмяркоўвалі магчымасць больш шырокай амністыі. Гэта сведчыць, што грамадскую думку рыхтуюць да такой палітыкі, а не праводзяць яе ціха.</p>
<p>Мы ацэньваем тэндэнцыю як паляпшэнне. У параўнанні з летам тэмп вызваленняў прыкладна падвоіўся, а ўключэнне вязняў з доўгімі тэрмінамі азначае якасную змену. Рызыкі захоўваюцца: новыя арышты працягваюцца, а вызваленых часта ставяць пад прэвентыўны нагляд. Наступным індыкатарам стане тое, ці прынясе святочны перыяд большае калектыўнае рашэнне, а не чарговы індывідуальны спіс.</p>`,
            seoDescription: "Другі за месяц указ аб памілаванні вызваліў 25 чалавек. Ці будзе большае вызваленне ў канцы года?",
          },
          ru: {
            title: "Вторая за месяц волна помилований затронула заключённых с долгими сроками",
            lead: "Лукашенко подписал очередной указ о помиловании 25 человек, среди которых несколько осуждённых на длительные сроки за связанные с протестами «преступления против государства». Более быстрый темп говорит о том, что власти готовят более крупный жест к концу года, возможно связанный с контактами с западными собеседниками.",
            body: `<p>В отличие от октябрьского указа, новый список включает людей, осуждённых на семь лет и более, и как минимум двоих, которых долгое время содержали в режиме инкоммуникадо. Некоторых освободили прямо из колоний, и, по словам родственников, им разрешили остаться в стране. Другие, по имеющимся сведениям, вскоре после освобождения выехали за границу, хотя обстоятельства остаются неясными.</p>
<p>Государственные СМИ вновь подчёркивали, что каждое решение индивидуально и принято по прошению. Вместе с тем государственное телевидение уделило теме необычно много внимания, а провластные комментаторы обсуждали возможность более широкой амнистии. Это говорит о том, что общественное мнение готовят к такой политике, а не проводят её тихо.</p>
<p>Мы оцениваем тенденцию как улучшение. По сравнению с летом темп освобождений примерно удвоился, а включение заключённых с длительными сроками означает качественное изменение. Риски сохраняются: новые аресты продолжаются, а освобождённых часто ставят под превентивный надзор. Следующим индикатором станет то, принесёт ли праздничный период более масштабное коллективное решение, а не очередной индивидуальный список.</p>`,
            seoDescription: "Второй за месяц указ о помиловании освободил 25 человек. Будет ли более крупное освобождение в конце года?",
          },
        },
      },
      {
        section: "economy",
        trend: "unchanged",
        authors: ["maryna-lapitskaya"],
        tags: ["budget"],
        translations: {
          en: {
            title: "Budget Clears First Reading With Social Spending Under Strain",
            lead: "Deputies approved the 2026 budget in the first reading with only cosmetic changes. Debate focused on pensions and healthcare, but the structure of spending remains the same, and the risks identified earlier – optimistic growth and rising debt service – have not gone away.",
            body: `<p>The House of Representatives backed the draft by a large majority after two days of committee hearings. Deputies asked the government to find extra funds for rural clinics and school repairs, and the Ministry of Finance agreed to reallocate a small amount from reserve funds. The macroeconomic assumptions were left unchanged.</p>
<p>Social spending is growing in nominal terms but shrinking as a share of total expenditure. Pension indexation is planned in line with projected inflation, which, given this year’s price dynamics, may mean a small fall in real terms. Healthcare spending is focused on equipment purchases, while staff shortages in the regions are addressed mainly through mandatory job placement for graduates.</p>
<h2>Next steps</h2>
<p>The second reading is expected before the end of the month, followed by approval in the Council of the Republic. We assess the situation as unchanged: the budget will be adopted on time and in roughly its current form. The real test will come in the spring, when first-quarter revenues show whether the growth assumptions were realistic.</p>`,
            seoDescription:
              "Belarus’s 2026 budget passed its first reading almost unchanged. What it means for pensions, healthcare and social spending.",
          },
          be: {
            title: "Бюджэт прайшоў першае чытанне, сацыяльныя выдаткі пад ціскам",
            lead: "Дэпутаты ўхвалілі бюджэт на 2026 год у першым чытанні толькі з касметычнымі зменамі. Дыскусія тычылася пенсій і аховы здароўя, аднак структура выдаткаў не змянілася, а выяўленыя раней рызыкі – аптымістычны прагноз росту і павелічэнне выдаткаў на абслугоўванне доўгу – нікуды не зніклі.",
            body: `<p>Палата прадстаўнікоў пасля двух дзён слуханняў у камісіях падтрымала праект пераважнай большасцю галасоў. Дэпутаты папрасілі ўрад знайсці дадатковыя сродкі на сельскія амбулаторыі і рамонт школ, і Міністэрства фінансаў пагадзілася перакінуць невялікую суму з рэзервовых фондаў. Макраэканамічныя дапушчэнні засталіся без зменаў.</p>
<p>Сацыяльныя выдаткі растуць у намінальным выражэнні, але іх доля ў агульных выдатках змяншаецца. Індэксацыя пенсій плануецца ў адпаведнасці з прагнознай інфляцыяй, што з улікам сёлетняй дынамікі цэн можа азначаць невялікае падзенне ў рэальным выражэнні. Выдаткі на ахову здароўя скіраваныя пераважна на закупку абсталявання, а недахоп кадраў у рэгіёнах вырашаюць галоўным чынам праз абавязковае размеркаванне выпускнікоў.</p>
<h2>Наступныя крокі</h2>
<p>Другое чытанне чакаецца да канца месяца, пасля чаго бюджэт мусіць ухваліць Савет Рэспублікі. Мы ацэньваем сітуацыю як нязменную: бюджэт будзе прыняты своечасова і прыкладна ў цяперашнім выглядзе. Сапраўднае выпрабаванне надыдзе вясной, калі даходы першага квартала пакажуць, ці былі прагнозы росту рэалістычнымі.</p>`,
            seoDescription:
              "Бюджэт Беларусі на 2026 год прайшоў першае чытанне амаль без зменаў. Што гэта значыць для пенсій і аховы здароўя.",
          },
          ru: {
            title: "Бюджет прошёл первое чтение, социальные расходы под давлением",
            lead: "Депутаты одобрили бюджет на 2026 год в первом чтении лишь с косметическими изменениями. Дискуссия касалась пенсий и здравоохранения, однако структура расходов не изменилась, а выявленные ранее риски – оптимистичный прогноз роста и увеличение расходов на обслуживание долга – никуда не делись.",
            body: `<p>Палата представителей после двух дней слушаний в комиссиях поддержала проект подавляющим большинством голосов. Депутаты попросили правительство найти дополнительные средства на сельские амбулатории и ремонт школ, и Министерство финансов согласилось перераспределить небольшую сумму из резервных фондов. Макроэкономические допущения остались без изменений.</p>
<p>Социальные расходы растут в номинальном выражении, но их доля в общих расходах сокращается. Индексация пенсий планируется в соответствии с прогнозной инфляцией, что с учётом динамики цен в этом году может означать небольшое снижение в реальном выражении. Расходы на здравоохранение направлены преимущественно на закупку оборудования, а нехватку кадров в регионах решают главным образом через обязательное распределение выпускников.</p>
<h2>Следующие шаги</h2>
<p>Второе чтение ожидается до конца месяца, после чего бюджет должен одобрить Совет Республики. Мы оцениваем ситуацию как неизменную: бюджет будет принят вовремя и примерно в нынешнем виде. Настоящее испытание наступит весной, когда доходы первого квартала покажут, были ли прогнозы роста реалистичными.</p>`,
            seoDescription:
              "Бюджет Беларуси на 2026 год прошёл первое чтение почти без изменений. Что это значит для пенсий и здравоохранения.",
          },
        },
      },
      {
        section: "economy",
        trend: "worsened",
        authors: ["volha-sidarenka"],
        tags: ["labour-migration"],
        translations: {
          en: {
            title: "Labour Shortage Deepens as Skilled Workers Head to Russia",
            lead: "New survey data and vacancy figures show that the outflow of skilled workers to Russia continues, especially from small towns in the east. The government’s attempts to replace them with migrants from Central and South Asia cover only a fraction of the gap.",
            body: `<p>The number of vacancies registered with employment services has reached about 120,000, while official unemployment stays below 1%. Builders, drivers, welders and medical staff are in shortest supply. A survey of enterprises in the Vitsebsk and Mahiliou regions, published this week, found that about a third had lost workers to Russian employers over the past year, mainly in construction and defence-related industries that pay two to three times more.</p>
<p>To compensate, the authorities have simplified the hiring of foreign workers and signed recruitment agreements with several Asian countries. The number of work permits issued is growing quickly, but from a low base, and most newcomers work in construction and agriculture rather than in the skilled jobs that are disappearing.</p>
<p>We assess the situation as worsening. Wage increases at state enterprises are not enough to compete with Russian employers, and restrictions on leaving the country do not apply to Russia. Expect further measures to retain workers – such as longer mandatory placements for graduates – rather than policies that would make working in Belarus more attractive.</p>`,
            seoDescription:
              "Skilled workers keep leaving Belarus for Russia while migrants from Asia fill only part of the gap. Our assessment.",
          },
          be: {
            title: "Дэфіцыт кадраў паглыбляецца: кваліфікаваныя рабочыя едуць у Расію",
            lead: "Новыя звесткі апытанняў і статыстыка вакансій паказваюць, што адток кваліфікаваных рабочых у Расію працягваецца, асабліва з малых гарадоў на ўсходзе краіны. Спробы ўрада замяніць іх мігрантамі з Цэнтральнай і Паўднёвай Азіі пакрываюць толькі невялікую частку разрыву.",
            body: `<p>Колькасць вакансій, зарэгістраваных у службах занятасці, дасягнула каля 120 тысяч, тады як афіцыйны ўзровень беспрацоўя застаецца ніжэйшым за 1%. Найбольш не хапае будаўнікоў, вадзіцеляў, зваршчыкаў і медыкаў. Апытанне прадпрыемстваў Віцебскай і Магілёўскай абласцей, апублікаванае на гэтым тыдні, паказала, што прыкладна траціна з іх за апошні год страціла работнікаў на карысць расійскіх працадаўцаў – найперш у будаўніцтве і галінах, звязаных з абаронай, дзе плацяць у два-тры разы больш.</p>
<p>Каб кампенсаваць страты, улады спрасцілі наём замежных работнікаў і падпісалі пагадненні аб арганізаваным наборы з некалькімі азіяцкімі краінамі. Колькасць выдадзеных дазволаў на працу хутка расце, але з нізкай базы, і большасць новапрыбылых працуе ў будаўніцтве і сельскай гаспадарцы, а не на кваліфікаваных пасадах, якія знікаюць.</p>
<p>Мы ацэньваем сітуацыю як пагаршэнне. Павышэння заробкаў на дзяржпрадпрыемствах недастаткова, каб канкураваць з расійскімі працадаўцамі, а абмежаванні на выезд з краіны на Расію не распаўсюджваюцца. Варта чакаць новых мер па ўтрыманні работнікаў – напрыклад, падаўжэння абавязковага размеркавання выпускнікоў, – а не палітыкі, якая зрабіла б працу ў Беларусі больш прывабнай.</p>`,
            seoDescription: "Кваліфікаваныя рабочыя з’язджаюць з Беларусі ў Расію, а мігранты з Азіі пакрываюць толькі частку дэфіцыту.",
          },
          ru: {
            title: "Дефицит кадров углубляется: квалифицированные рабочие уезжают в Россию",
            lead: "Новые данные опросов и статистика вакансий показывают, что отток квалифицированных рабочих в Россию продолжается, особенно из малых городов на востоке страны. Попытки правительства заменить их мигрантами из Центральной и Южной Азии покрывают лишь небольшую часть разрыва.",
            body: `<p>Число вакансий, зарегистрированных в службах занятости, достигло около 120 тысяч, тогда как официальный уровень безработицы остаётся ниже 1%. Сильнее всего не хватает строителей, водителей, сварщиков и медиков. Опрос предприятий Витебской и Могилёвской областей, опубликованный на этой неделе, показал, что примерно треть из них за последний год потеряли работников в пользу российских работодателей – прежде всего в строительстве и связанных с обороной отраслях, где платят в два-три раза больше.</p>
<p>Чтобы компенсировать потери, власти упростили наём иностранных работников и подписали соглашения об организованном наборе с несколькими азиатскими странами. Число выданных разрешений на работу быстро растёт, но с низкой базы, и большинство прибывших работают в строительстве и сельском хозяйстве, а не на квалифицированных должностях, которые исчезают.</p>
<p>Мы оцениваем ситуацию как ухудшение. Повышения зарплат на госпредприятиях недостаточно, чтобы конкурировать с российскими работодателями, а ограничения на выезд из страны на Россию не распространяются. Стоит ожидать новых мер по удержанию работников – например, продления обязательного распределения выпускников, – а не политики, которая сделала бы работу в Беларуси более привлекательной.</p>`,
            seoDescription: "Квалифицированные рабочие уезжают из Беларуси в Россию, а мигранты из Азии покрывают лишь часть дефицита.",
          },
        },
      },
      {
        section: "belarus-russia",
        trend: "unchanged",
        authors: ["maryna-lapitskaya", "andrei-zhuk"],
        tags: ["trade", "sanctions"],
        translations: {
          en: {
            title: "Potash Exports via Russian Ports Approach Capacity Limits",
            lead: "Belarusian potash shipments through Russian Baltic ports have almost returned to pre-sanctions volumes, but terminal capacity and rail tariffs are now the binding constraint. Minsk’s dependence on Russian logistics has turned from temporary into structural.",
            body: `<p>Since losing transit through Klaipėda in 2022, Belarus has redirected nearly all potash exports to Russian ports near St Petersburg and to rail deliveries to China. Industry estimates suggest that export volumes this year will come close to the 2021 level. However, a dedicated terminal under construction in the Leningrad region is behind schedule, and existing terminals give priority to Russian producers at peak times.</p>
<p>This autumn, Belarusian exporters have again faced loading queues and higher charges. Under Union State agreements, Russian rail tariffs for Belarusian cargo were aligned with domestic ones, but the discount does not extend to port services. In practice, Minsk pays for its new route with both money and political dependence.</p>
<p>We assess the situation as unchanged. Russian logistics will remain the main export channel for the foreseeable future, and a return to Lithuanian transit is unrealistic while EU sanctions remain in force. Minsk will push for faster construction of the terminal and guaranteed port quotas in the 2026–2030 integration programmes. Western sanctions relief on potash, occasionally discussed in the context of prisoner releases, would change the economics only if it also reopened EU transit.</p>`,
            seoDescription:
              "Belarusian potash exports via Russian ports are near pre-sanctions levels, but terminal capacity is now the limit.",
          },
          be: {
            title: "Экспарт калію праз расійскія парты набліжаецца да мяжы магутнасцей",
            lead: "Адгрузкі беларускага калію праз расійскія балтыйскія парты амаль вярнуліся да дасанкцыйных аб’ёмаў, аднак цяпер галоўным абмежаваннем сталі магутнасці тэрміналаў і чыгуначныя тарыфы. Залежнасць Мінска ад расійскай лагістыкі ператварылася з часовай у структурную.",
            body: `<p>Пасля страты транзіту праз Клайпеду ў 2022 годзе Беларусь перанакіравала амаль увесь экспарт калію ў расійскія парты пад Санкт-Пецярбургам і на чыгуначныя пастаўкі ў Кітай. Паводле галіновых ацэнак, сёлета аб’ёмы экспарту наблізяцца да ўзроўню 2021 года. Аднак асобны тэрмінал, які будуецца ў Ленінградскай вобласці, адстае ад графіка, а дзейныя тэрміналы ў пікавыя перыяды аддаюць перавагу расійскім вытворцам.</p>
<p>Гэтай восенню беларускія экспарцёры зноў сутыкнуліся з чэргамі на пагрузку і павышанымі зборамі. Паводле пагадненняў Саюзнай дзяржавы, расійскія чыгуначныя тарыфы для беларускіх грузаў зраўнялі з унутранымі, аднак гэтая льгота не распаўсюджваецца на партовыя паслугі. На практыцы Мінск плаціць за новы маршрут і грашыма, і палітычнай залежнасцю.</p>
<p>Мы ацэньваем сітуацыю як нязменную. Расійская лагістыка застанецца асноўным экспартным каналам у агляднай будучыні, а вяртанне літоўскага транзіту нерэальнае, пакуль дзейнічаюць санкцыі ЕС. Мінск будзе дамагацца паскарэння будаўніцтва тэрмінала і гарантаваных партовых квот у інтэграцыйных праграмах на 2026–2030 гады. Аслабленне заходніх санкцый на калій, якое часам абмяркоўваецца ў кантэксце вызвалення палітвязняў, змяніла б эканоміку толькі ў тым выпадку, калі б адкрыла і транзіт праз ЕС.</p>`,
            seoDescription: "Экспарт беларускага калію праз расійскія парты амаль дасягнуў дасанкцыйнага ўзроўню, але ўпёрся ў магутнасці.",
          },
          ru: {
            title: "Экспорт калия через российские порты приближается к пределу мощностей",
            lead: "Отгрузки белорусского калия через российские балтийские порты почти вернулись к досанкционным объёмам, однако теперь главным ограничением стали мощности терминалов и железнодорожные тарифы. Зависимость Минска от российской логистики превратилась из временной в структурную.",
            body: `<p>После потери транзита через Клайпеду в 2022 году Беларусь перенаправила почти весь экспорт калия в российские порты под Санкт-Петербургом и на железнодорожные поставки в Китай. По отраслевым оценкам, в этом году объёмы экспорта приблизятся к уровню 2021 года. Однако отдельный терминал, строящийся в Ленинградской области, отстаёт от графика, а действующие терминалы в пиковые периоды отдают предпочтение российским производителям.</p>
<p>Этой осенью белорусские экспортёры снова столкнулись с очередями на погрузку и повышенными сборами. По соглашениям Союзного государства российские железнодорожные тарифы для белорусских грузов уравняли с внутренними, однако эта льгота не распространяется на портовые услуги. На практике Минск платит за новый маршрут и деньгами, и политической зависимостью.</p>
<p>Мы оцениваем ситуацию как неизменную. Российская логистика останется основным экспортным каналом в обозримом будущем, а возвращение литовского транзита нереально, пока действуют санкции ЕС. Минск будет добиваться ускорения строительства терминала и гарантированных портовых квот в интеграционных программах на 2026–2030 годы. Ослабление западных санкций в отношении калия, которое иногда обсуждается в контексте освобождения политзаключённых, изменило бы экономику лишь в том случае, если бы открыло и транзит через ЕС.</p>`,
            seoDescription: "Экспорт белорусского калия через российские порты почти достиг досанкционного уровня, но упёрся в мощности.",
          },
        },
      },
      {
        section: "belarus-west",
        trend: "improved",
        authors: ["andrei-zhuk"],
        tags: ["border", "european-union"],
        translations: {
          en: {
            title: "Lithuania Reopens Crossings, but Trust Remains in Short Supply",
            lead: "Vilnius reopened both road crossings with Belarus after three weeks, and the first stranded trucks began returning home. The de-escalation is real but fragile: neither side has changed its basic position, and the reopening comes with new inspection rules.",
            body: `<p>The Lithuanian government announced the reopening on 19 November, saying that the number of airspace incidents had fallen and that the closure had achieved its purpose. Passenger traffic resumed the following day. The return of trucks stranded in Belarus is proceeding more slowly: Belarusian authorities require drivers to pay parking fees and complete additional customs procedures, and hauliers report that only a few dozen vehicles have crossed so far.</p>
<p>For families divided by the border, the reopening matters more than any diplomatic statement. Queues at the Polish crossings, which had absorbed much of the diverted traffic, began to shorten within days.</p>
<p>We assess the trend as improving, with caveats. The reopening shows that both sides prefer a minimally functioning border, and it removes an immediate irritant ahead of EU discussions on new listings. However, the border now works differently: Lithuania has introduced stricter checks and reserved the right to close the crossings again at short notice. Minsk, for its part, has not acknowledged any responsibility for the incidents. A repeat of the crisis in winter cannot be ruled out.</p>`,
            seoDescription: "Lithuania reopened its crossings with Belarus after three weeks. Why the de-escalation remains fragile.",
          },
          be: {
            title: "Літва адкрыла пункты пропуску, але даверу па-ранейшаму бракуе",
            lead: "Праз тры тыдні Вільнюс зноў адкрыў абодва аўтамабільныя пункты пропуску на мяжы з Беларуссю, і першыя заблакаваныя грузавікі пачалі вяртацца дадому. Дээскалацыя сапраўдная, але кволая: ніводны з бакоў не змяніў сваёй базавай пазіцыі, а адкрыццё суправаджаецца новымі правіламі дагляду.",
            body: `<p>Урад Літвы абвясціў пра адкрыццё 19 лістапада, заявіўшы, што колькасць інцыдэнтаў у паветранай прасторы скарацілася і закрыццё дасягнула сваёй мэты. Пасажырскі рух аднавіўся на наступны дзень. Вяртанне грузавікоў, якія затрымаліся ў Беларусі, ідзе павольней: беларускія ўлады патрабуюць ад кіроўцаў аплаціць стаянку і прайсці дадатковыя мытныя працэдуры, і, паводле перавозчыкаў, пакуль мяжу перасяклі толькі некалькі дзясяткаў машын.</p>
<p>Для сем’яў, падзеленых мяжой, адкрыццё значыць больш, чым любая дыпламатычная заява. Чэргі на польскіх пунктах пропуску, якія прынялі значную частку перанакіраванага руху, пачалі скарачацца ўжо праз некалькі дзён.</p>
<p>Мы ацэньваем тэндэнцыю як паляпшэнне, хоць і з агаворкамі. Адкрыццё паказвае, што абодва бакі аддаюць перавагу хоць бы мінімальна працаздольнай мяжы, і прыбірае непасрэдны раздражняльнік напярэдадні абмеркавання ў ЕС новых спісаў. Аднак мяжа цяпер працуе па-іншаму: Літва ўвяла больш жорсткі дагляд і пакінула за сабой права зноў закрыць пункты пропуску ў кароткі тэрмін. Мінск, са свайго боку, не прызнаў ніякай адказнасці за інцыдэнты. Паўтор крызісу ўзімку выключаць нельга.</p>`,
            seoDescription: "Літва праз тры тыдні адкрыла пункты пропуску на мяжы з Беларуссю. Чаму дээскалацыя застаецца кволай.",
          },
          ru: {
            title: "Литва открыла пункты пропуска, но доверия по-прежнему не хватает",
            lead: "Спустя три недели Вильнюс вновь открыл оба автомобильных пункта пропуска на границе с Беларусью, и первые заблокированные грузовики начали возвращаться домой. Деэскалация реальна, но хрупка: ни одна из сторон не изменила своей базовой позиции, а открытие сопровождается новыми правилами досмотра.",
            body: `<p>Правительство Литвы объявило об открытии 19 ноября, заявив, что число инцидентов в воздушном пространстве сократилось и закрытие достигло своей цели. Пассажирское движение возобновилось на следующий день. Возвращение застрявших в Беларуси грузовиков идёт медленнее: белорусские власти требуют от водителей оплатить стоянку и пройти дополнительные таможенные процедуры, и, по словам перевозчиков, пока границу пересекли лишь несколько десятков машин.</p>
<p>Для семей, разделённых границей, открытие значит больше, чем любое дипломатическое заявление. Очереди на польских пунктах пропуска, принявших значительную часть перенаправленного движения, начали сокращаться уже через несколько дней.</p>
<p>Мы оцениваем тенденцию как улучшение, хотя и с оговорками. Открытие показывает, что обе стороны предпочитают хотя бы минимально работающую границу, и устраняет непосредственный раздражитель накануне обсуждения в ЕС новых списков. Однако граница теперь работает по-другому: Литва ввела более строгий досмотр и оставила за собой право снова закрыть пункты пропуска в короткие сроки. Минск, со своей стороны, не признал никакой ответственности за инциденты. Повторение кризиса зимой исключать нельзя.</p>`,
            seoDescription: "Литва через три недели открыла пункты пропуска на границе с Беларусью. Почему деэскалация остаётся хрупкой.",
          },
        },
      },
    ],
  },

  // ───────────────────────────── 2025-11-24 ─────────────────────────────
  {
    weekStart: "2025-11-24",
    articles: [
      {
        section: "security",
        trend: "unchanged",
        authors: ["alena-kavalchuk", "andrei-zhuk"],
        tags: ["csto", "union-state"],
        translations: {
          en: {
            title: "At CSTO Summit, Minsk Pushes Its Security Guarantees Narrative",
            lead: "At the CSTO summit, Lukashenka again presented Belarus as a state under threat from NATO and called for stronger collective guarantees. The summit produced declarations but no new commitments, leaving Minsk reliant, as before, on bilateral arrangements with Russia.",
            body: `<p>The Belarusian delegation used the meeting to promote three ideas: joint financing of air defence on the alliance’s western flank, a common list of “unfriendly actions” by neighbouring states, and wider use of the security guarantees set out in the Belarusian–Russian treaty signed in December 2024. Only the first found a place, and in very general terms, in the final documents.</p>
<p>The response of other members was polite but cautious. Kazakhstan and Kyrgyzstan are wary of being drawn into confrontation with the West, and Armenia did not send a high-level delegation. Russia supported the Belarusian proposals in principle but showed no interest in turning the CSTO into a vehicle for specific obligations on the western border.</p>
<blockquote>For Minsk, the CSTO is a stage rather than a shield: it amplifies messages, while real guarantees come from Moscow alone.</blockquote>
<p>We assess the situation as unchanged. The summit altered neither the military balance nor Belarus’s commitments. Its main domestic use is propaganda: state media will present it as proof that Belarus is not isolated. The next practical indicator is the pace of deliveries of Russian air defence systems agreed earlier this year.</p>`,
            seoDescription:
              "At the CSTO summit, Belarus pushed for stronger collective guarantees but won only declarations. Our assessment.",
          },
          be: {
            title: "На саміце АДКБ Мінск прасоўвае тэзіс пра гарантыі бяспекі",
            lead: "На саміце АДКБ Лукашэнка зноў прадставіў Беларусь як дзяржаву пад пагрозай з боку НАТА і заклікаў да мацнейшых калектыўных гарантый. Саміт завяршыўся дэкларацыямі, але без новых абавязацельстваў, і Мінск, як і раней, мусіць абапірацца на двухбаковыя дамоўленасці з Расіяй.",
            body: `<p>Беларуская дэлегацыя выкарыстала сустрэчу, каб прасунуць тры ідэі: сумеснае фінансаванне супрацьпаветранай абароны на заходнім флангу саюза, агульны пералік «недружалюбных дзеянняў» суседніх дзяржаў і больш шырокае выкарыстанне гарантый бяспекі, замацаваных у беларуска-расійскай дамове, падпісанай у снежні 2024 года. У выніковых дакументах, ды і то ў самых агульных словах, знайшлося месца толькі для першай.</p>
<p>Іншыя члены адрэагавалі ветліва, але асцярожна. Казахстан і Кыргызстан не хочуць быць уцягнутымі ў канфрантацыю з Захадам, а Арменія не даслала дэлегацыю высокага ўзроўню. Расія ў цэлым падтрымала беларускія прапановы, аднак не выявіла зацікаўленасці ў тым, каб ператварыць АДКБ у інструмент канкрэтных абавязацельстваў на заходняй мяжы.</p>
<blockquote>Для Мінска АДКБ – хутчэй сцэна, чым шчыт: яна ўзмацняе сігналы, а рэальныя гарантыі дае толькі Масква.</blockquote>
<p>Мы ацэньваем сітуацыю як нязменную. Саміт не змяніў ні вайсковага балансу, ні абавязацельстваў Беларусі. Галоўнае яго ўнутранае прызначэнне – прапагандысцкае: дзяржаўныя СМІ пададуць яго як доказ таго, што Беларусь не ў ізаляцыі. Наступны практычны індыкатар – тэмп паставак расійскіх сістэм СПА, узгодненых раней сёлета.</p>`,
            seoDescription: "На саміце АДКБ Беларусь дамагалася мацнейшых калектыўных гарантый, але атрымала толькі дэкларацыі.",
          },
          ru: {
            title: "На саммите ОДКБ Минск продвигает тезис о гарантиях безопасности",
            lead: "На саммите ОДКБ Лукашенко вновь представил Беларусь как государство под угрозой со стороны НАТО и призвал к более прочным коллективным гарантиям. Саммит завершился декларациями, но без новых обязательств, и Минск, как и прежде, вынужден опираться на двусторонние договорённости с Россией.",
            body: `<p>Белорусская делегация использовала встречу, чтобы продвинуть три идеи: совместное финансирование противовоздушной обороны на западном фланге союза, общий перечень «недружественных действий» соседних государств и более широкое использование гарантий безопасности, закреплённых в белорусско-российском договоре, подписанном в декабре 2024 года. В итоговых документах, да и то в самых общих выражениях, нашлось место только для первой.</p>
<p>Другие члены отреагировали вежливо, но осторожно. Казахстан и Кыргызстан не хотят быть втянутыми в конфронтацию с Западом, а Армения не прислала делегацию высокого уровня. Россия в целом поддержала белорусские предложения, однако не проявила интереса к тому, чтобы превратить ОДКБ в инструмент конкретных обязательств на западной границе.</p>
<blockquote>Для Минска ОДКБ – скорее сцена, чем щит: она усиливает сигналы, а реальные гарантии даёт только Москва.</blockquote>
<p>Мы оцениваем ситуацию как неизменную. Саммит не изменил ни военного баланса, ни обязательств Беларуси. Главное его внутреннее назначение – пропагандистское: государственные СМИ подадут его как доказательство того, что Беларусь не в изоляции. Следующий практический индикатор – темп поставок российских систем ПВО, согласованных ранее в этом году.</p>`,
            seoDescription: "На саммите ОДКБ Беларусь добивалась более прочных коллективных гарантий, но получила лишь декларации.",
          },
        },
      },
      {
        section: "domestic-politics",
        trend: "unchanged",
        authors: ["pavel-hrynevich"],
        tags: ["civil-society", "political-prisoners"],
        translations: {
          en: {
            title: "Returns Commission Reports Modest Results After a Year of Work",
            lead: "The state commission that reviews applications from Belarusians abroad who wish to return reported several hundred cases considered this year. The numbers are small, the conditions strict, and the mechanism remains a tool of selective reconciliation between the state and part of society rather than a broad amnesty.",
            body: `<p>According to the commission’s report, presented this week, it considered around 400 applications in 2025, and in most cases applicants were allowed to return after admitting guilt, paying compensation or agreeing to cooperate with the authorities. Several dozen were refused. Most applicants had been charged with comparatively minor offences, such as taking part in protests or commenting online.</p>
<p>The commission presents its work as proof that “the door is open”. For the hundreds of thousands of Belarusians who left after 2020, however, the conditions remain unattractive. Returning requires contact with law-enforcement agencies, and the lists of “extremist” materials and organisations keep growing, so new grounds for prosecution appear faster than old cases are closed.</p>
<p>We assess the situation as unchanged. The commission and the pardons follow the same logic: individual, conditional and controlled decisions that reduce pressure without changing the system. Both are likely to remain in place in 2026. A real shift would require a general amnesty or a revision of the extremism legislation, and there are no signs that either is being prepared.</p>`,
            seoDescription:
              "The returns commission reviewed about 400 applications from Belarusians abroad in 2025. Why the mechanism stays narrow.",
          },
          be: {
            title: "Камісія па пытаннях вяртання паведаміла пра сціплыя вынікі года",
            lead: "Дзяржаўная камісія, якая разглядае заявы беларусаў за мяжой, што хочуць вярнуцца, паведаміла пра некалькі соцень разгледжаных за год спраў. Лічбы невялікія, умовы жорсткія, а механізм застаецца інструментам выбарачнага прымірэння ўлады з часткай грамадства, а не шырокай амністыі.",
            body: `<p>Паводле справаздачы камісіі, прадстаўленай на гэтым тыдні, у 2025 годзе яна разгледзела каля 400 заяў, і ў большасці выпадкаў заяўнікам дазволілі вярнуцца пасля прызнання віны, выплаты кампенсацыі або згоды супрацоўнічаць з уладамі. Некалькім дзясяткам адмовілі. Большасці заяўнікаў інкрымінавалі параўнальна нязначныя правапарушэнні – удзел у пратэстах ці каментары ў інтэрнэце.</p>
<p>Камісія падае сваю працу як доказ таго, што «дзверы адчыненыя». Аднак для сотняў тысяч беларусаў, якія выехалі пасля 2020 года, умовы застаюцца непрывабнымі. Вяртанне патрабуе кантакту з праваахоўнымі органамі, а спісы «экстрэмісцкіх» матэрыялаў і арганізацый працягваюць расці, так што новыя падставы для пераследу з’яўляюцца хутчэй, чым закрываюцца старыя справы.</p>
<p>Мы ацэньваем сітуацыю як нязменную. Камісія і памілаванні дзейнічаюць паводле адной логікі: індывідуальныя, умоўныя і кантраляваныя рашэнні змяншаюць ціск, не змяняючы сістэмы. Абодва механізмы, верагодна, захаваюцца ў 2026 годзе. Сапраўдны зрух патрабаваў бы агульнай амністыі або перагляду заканадаўства пра экстрэмізм, а прыкмет падрыхтоўкі ні таго, ні другога няма.</p>`,
            seoDescription: "Камісія па пытаннях вяртання разгледзела каля 400 заяў беларусаў з-за мяжы. Чаму механізм застаецца вузкім.",
          },
          ru: {
            title: "Комиссия по вопросам возвращения отчиталась о скромных итогах года",
            lead: "Государственная комиссия, рассматривающая заявления белорусов за рубежом, желающих вернуться, сообщила о нескольких сотнях рассмотренных за год дел. Цифры невелики, условия жёсткие, а механизм остаётся инструментом избирательного примирения власти с частью общества, а не широкой амнистии.",
            body: `<p>Согласно отчёту комиссии, представленному на этой неделе, в 2025 году она рассмотрела около 400 заявлений, и в большинстве случаев заявителям разрешили вернуться после признания вины, выплаты компенсации или согласия сотрудничать с властями. Нескольким десяткам отказали. Большинству заявителей вменялись сравнительно незначительные правонарушения – участие в протестах или комментарии в интернете.</p>
<p>Комиссия представляет свою работу как доказательство того, что «дверь открыта». Однако для сотен тысяч белорусов, уехавших после 2020 года, условия остаются непривлекательными. Возвращение требует контакта с правоохранительными органами, а списки «экстремистских» материалов и организаций продолжают расти, так что новые основания для преследования появляются быстрее, чем закрываются старые дела.</p>
<p>Мы оцениваем ситуацию как неизменную. Комиссия и помилования действуют по одной логике: индивидуальные, условные и контролируемые решения снижают давление, не меняя системы. Оба механизма, вероятно, сохранятся в 2026 году. Настоящий сдвиг потребовал бы общей амнистии или пересмотра законодательства об экстремизме, а признаков подготовки ни того, ни другого нет.</p>`,
            seoDescription:
              "Комиссия по вопросам возвращения рассмотрела около 400 заявлений белорусов из-за рубежа. Почему механизм остаётся узким.",
          },
        },
      },
      {
        section: "economy",
        trend: "worsened",
        authors: ["maryna-lapitskaya"],
        tags: ["inflation", "trade"],
        translations: {
          en: {
            title: "Price Controls Extended Into 2026 Despite Signs of Shortages",
            lead: "The government extended the regime of maximum margins and price caps until the end of 2026 and added several imported goods to the list. The decision secures low headline inflation in the short run at the cost of growing distortions in retail and production.",
            body: `<p>The resolution adopted on 25 November keeps in force the rules introduced in late 2022 and extends them to some imported fruit, medicines and household chemicals. Retailers must now agree any price increase above a set threshold with regional authorities, and producers must document rising costs. Inspections are to become more frequent before the holidays.</p>
<p>Signs of strain are multiplying. Shoppers in district towns report empty shelves where cheaper meat and dairy products used to be, while premium versions of the same goods remain on sale at higher prices. Some producers have cut deliveries of regulated items or changed packaging to escape controls. Imports from Russia are partly filling the gaps.</p>
<p>We assess the trend as worsening. November inflation is likely to come in slightly lower thanks to administrative pressure, allowing the government to report progress. But the underlying drivers – wage growth outpacing productivity and cheap state lending – remain untouched, and the longer controls last, the harder it will be to remove them without a price jump. For details of the regime, see our <a href="https://example.org/price-regulation-explainer">price regulation explainer</a>.</p>`,
            seoDescription:
              "Belarus extended price controls until the end of 2026. Why the regime keeps inflation down while shortages grow.",
          },
          be: {
            title: "Кантроль над цэнамі падоўжаны на 2026 год, нягледзячы на дэфіцыт",
            lead: "Урад падоўжыў рэжым гранічных надбавак і абмежавання цэн да канца 2026 года і дадаў у спіс шэраг імпартных тавараў. Рашэнне забяспечвае нізкую агульную інфляцыю ў кароткатэрміновай перспектыве коштам нарастання скажэнняў у гандлі і вытворчасці.",
            body: `<p>Пастанова, прынятая 25 лістапада, захоўвае правілы, уведзеныя ў канцы 2022 года, і пашырае іх на частку імпартнай садавіны, лекаў і бытавой хіміі. Гандлёвыя сеткі цяпер мусяць узгадняць з рэгіянальнымі ўладамі любое павышэнне цэн звыш устаноўленага парога, а вытворцы – дакументальна абгрунтоўваць рост выдаткаў. Перад святамі праверак стане больш.</p>
<p>Прыкмет напружання ўсё больш. Пакупнікі ў раённых гарадах паведамляюць пра пустыя паліцы на месцы таннейшага мяса і малочных прадуктаў, тады як прэміяльныя варыянты тых жа тавараў застаюцца ў продажы па вышэйшых цэнах. Некаторыя вытворцы скарацілі пастаўкі рэгуляваных тавараў або змянілі ўпакоўку, каб выйсці з-пад кантролю. Імпарт з Расіі часткова запаўняе гэтыя прабелы.</p>
<p>Мы ацэньваем тэндэнцыю як пагаршэнне. Лістападаўская інфляцыя, хутчэй за ўсё, будзе крыху ніжэйшай дзякуючы адміністрацыйнаму ціску, што дазволіць ураду адрапартаваць пра поспехі. Аднак глыбінныя прычыны – рост заробкаў, які апярэджвае прадукцыйнасць, і танныя дзяржаўныя крэдыты – нікуды не зніклі, і чым даўжэй дзейнічае кантроль, тым цяжэй будзе адмяніць яго без скачка цэн. Падрабязнасці рэжыму – у нашым <a href="https://example.org/price-regulation-explainer">тлумачальніку пра рэгуляванне цэн</a>.</p>`,
            seoDescription: "Беларусь падоўжыла кантроль над цэнамі да канца 2026 года. Чаму інфляцыя стрымліваецца, а дэфіцыт расце.",
          },
          ru: {
            title: "Контроль над ценами продлён на 2026 год, несмотря на признаки дефицита",
            lead: "Правительство продлило режим предельных надбавок и ограничения цен до конца 2026 года и добавило в список ряд импортных товаров. Решение обеспечивает низкую общую инфляцию в краткосрочной перспективе ценой нарастания искажений в торговле и производстве.",
            body: `<p>Постановление, принятое 25 ноября, сохраняет правила, введённые в конце 2022 года, и распространяет их на часть импортных фруктов, лекарств и бытовой химии. Торговые сети теперь должны согласовывать с региональными властями любое повышение цен сверх установленного порога, а производители – документально обосновывать рост издержек. Перед праздниками проверок станет больше.</p>
<p>Признаков напряжения всё больше. Покупатели в районных городах сообщают о пустых полках на месте более дешёвого мяса и молочной продукции, тогда как премиальные варианты тех же товаров остаются в продаже по более высоким ценам. Некоторые производители сократили поставки регулируемых товаров или сменили упаковку, чтобы выйти из-под контроля. Импорт из России частично заполняет эти пробелы.</p>
<p>Мы оцениваем тенденцию как ухудшение. Ноябрьская инфляция, скорее всего, окажется немного ниже благодаря административному давлению, что позволит правительству отчитаться об успехах. Однако глубинные причины – опережающий производительность рост зарплат и дешёвые государственные кредиты – никуда не исчезли, и чем дольше действует контроль, тем сложнее будет отменить его без скачка цен. Подробнее о режиме – в нашем <a href="https://example.org/price-regulation-explainer">разъяснении о регулировании цен</a>.</p>`,
            seoDescription: "Беларусь продлила контроль над ценами до конца 2026 года. Почему инфляция сдерживается, а дефицит растёт.",
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
            title: "New Union State Programmes for 2026–2030 Head for Approval",
            lead: "The governments of Belarus and Russia have agreed the draft set of Union State programmes for 2026–2030, to be signed at the Supreme State Council in December. The package deepens economic integration step by step but avoids politically sensitive issues.",
            body: `<p>The new package replaces the 28 programmes adopted in 2021, most of which both governments describe as largely implemented. Its priorities include a common industrial policy in machine-building and microelectronics, mutual recognition of technical standards, coordinated transport tariffs and further harmonisation of taxation. A separate section deals with a joint response to Western sanctions.</p>
<ul><li>No single currency or common issuing centre.</li><li>No supranational parliament with real powers.</li><li>Gradual, sector-by-sector unification of rules.</li></ul>
<p>This continues the model established in 2021: economic integration by technical means, without new political institutions that would raise questions about sovereignty. For Minsk, the programmes are a way to secure market access and preferential energy prices; for Moscow, a way to bind the Belarusian economy more closely to its own.</p>
<p>We assess the situation as unchanged. The signing in December is likely to be accompanied by ceremonial statements, and Lukashenka will once again stress that sovereignty is not up for discussion. Implementation, as before, will lag behind schedule.</p>`,
            seoDescription: "Belarus and Russia agreed the Union State programmes for 2026–2030. What they cover and what they leave out.",
          },
          be: {
            title: "Новыя праграмы Саюзнай дзяржавы на 2026–2030 гады ідуць на зацвярджэнне",
            lead: "Урады Беларусі і Расіі ўзгаднілі праект пакета праграм Саюзнай дзяржавы на 2026–2030 гады, які мяркуюць падпісаць на Вышэйшым дзяржаўным савеце ў снежні. Пакет крок за крокам паглыбляе эканамічную інтэграцыю, але абыходзіць палітычна адчувальныя пытанні.",
            body: `<p>Новы пакет замяняе 28 праграм, прынятых у 2021 годзе, большасць з якіх, паводле ацэнкі абодвух урадаў, у асноўным выкананая. Сярод яго прыярытэтаў – агульная прамысловая палітыка ў машынабудаванні і мікраэлектроніцы, узаемнае прызнанне тэхнічных стандартаў, узгодненыя транспартныя тарыфы і далейшая гарманізацыя падаткаў. Асобны раздзел прысвечаны сумеснаму адказу на заходнія санкцыі.</p>
<ul><li>Без адзінай валюты і агульнага эмісійнага цэнтра.</li><li>Без наднацыянальнага парламента з рэальнымі паўнамоцтвамі.</li><li>Паступовая, галіна за галіной, уніфікацыя правілаў.</li></ul>
<p>Гэта працяг мадэлі, замацаванай у 2021 годзе: эканамічная інтэграцыя тэхнічнымі сродкамі, без новых палітычных інстытутаў, якія ставілі б пытанні пра суверэнітэт. Для Мінска праграмы – спосаб забяспечыць доступ да рынку і льготныя цэны на энергарэсурсы; для Масквы – спосаб мацней прывязаць беларускую эканоміку да сваёй.</p>
<p>Мы ацэньваем сітуацыю як нязменную. Падпісанне ў снежні, хутчэй за ўсё, будзе суправаджацца ўрачыстымі заявамі, і Лукашэнка зноў падкрэсліць, што суверэнітэт не абмяркоўваецца. Выкананне, як і раней, будзе адставаць ад графіка.</p>`,
            seoDescription: "Беларусь і Расія ўзгаднілі праграмы Саюзнай дзяржавы на 2026–2030 гады. Што ў іх ёсць і чаго няма.",
          },
          ru: {
            title: "Новые программы Союзного государства на 2026–2030 годы идут на утверждение",
            lead: "Правительства Беларуси и России согласовали проект пакета программ Союзного государства на 2026–2030 годы, который планируется подписать на Высшем государственном совете в декабре. Пакет шаг за шагом углубляет экономическую интеграцию, но обходит политически чувствительные вопросы.",
            body: `<p>Новый пакет заменяет 28 программ, принятых в 2021 году, большинство из которых, по оценке обоих правительств, в основном выполнено. Среди его приоритетов – общая промышленная политика в машиностроении и микроэлектронике, взаимное признание технических стандартов, согласованные транспортные тарифы и дальнейшая гармонизация налогов. Отдельный раздел посвящён совместному ответу на западные санкции.</p>
<ul><li>Без единой валюты и общего эмиссионного центра.</li><li>Без наднационального парламента с реальными полномочиями.</li><li>Постепенная, отрасль за отраслью, унификация правил.</li></ul>
<p>Это продолжение модели, закреплённой в 2021 году: экономическая интеграция техническими средствами, без новых политических институтов, которые ставили бы вопросы о суверенитете. Для Минска программы – способ обеспечить доступ к рынку и льготные цены на энергоресурсы; для Москвы – способ крепче привязать белорусскую экономику к своей.</p>
<p>Мы оцениваем ситуацию как неизменную. Подписание в декабре, скорее всего, будет сопровождаться торжественными заявлениями, и Лукашенко вновь подчеркнёт, что суверенитет не обсуждается. Выполнение, как и прежде, будет отставать от графика.</p>`,
            seoDescription: "Беларусь и Россия согласовали программы Союзного государства на 2026–2030 годы. Что в них есть и чего нет.",
          },
        },
      },
      {
        // Deliberately without a Belarusian translation.
        section: "belarus-west",
        trend: "worsened",
        authors: ["andrei-zhuk"],
        tags: ["border", "trade", "china"],
        translations: {
          en: {
            title: "Polish Checks Slow China–EU Rail Freight Through Brest",
            lead: "Stricter Polish inspections at the Małaszewicze rail hub have slowed container trains from China to the EU that pass through Belarus. Minsk risks losing part of one of its last profitable transit flows, and Beijing is watching closely.",
            body: `<p>Since mid-November, Polish customs officers and border guards have increased the share of containers subject to detailed inspection, citing sanctions enforcement and smuggling risks. Logistics operators report that trains now wait several days at the Brest–Terespol crossing instead of hours. Some shippers have begun to reroute cargo via the Middle Corridor through Central Asia and the Caucasus, or back to sea freight.</p>
<p>For Belarus, rail transit between China and Europe brings relatively modest revenues but carries political weight: it is one of the few areas where Minsk can present itself as useful to both Beijing and European businesses. It is also linked to the China–Belarus Industrial Park “Great Stone”, whose logistics hub near Minsk depends on smooth connections to the EU.</p>
<p>We assess the situation as worsening. Warsaw is unlikely to ease checks while the border remains a source of hybrid incidents, and Minsk has little leverage beyond appeals to China. Beijing may raise the issue quietly with Poland and the EU, but it is unlikely to make it a priority. If delays persist into the winter, transit volumes in 2026 could fall noticeably.</p>`,
            seoDescription:
              "Stricter Polish checks at Małaszewicze slow China–EU rail freight through Belarus. Risks for transit and Great Stone.",
          },
          ru: {
            title: "Польские проверки замедляют железнодорожный транзит из Китая в ЕС через Брест",
            lead: "Ужесточение польских проверок на железнодорожном узле Малашевичи замедлило контейнерные поезда из Китая в ЕС, идущие через Беларусь. Минск рискует потерять часть одного из последних прибыльных транзитных потоков, а Пекин внимательно следит за ситуацией.",
            body: `<p>С середины ноября польские таможенники и пограничники увеличили долю контейнеров, подлежащих детальному досмотру, ссылаясь на контроль за соблюдением санкций и риски контрабанды. Логистические операторы сообщают, что поезда теперь простаивают на переходе Брест – Тересполь по несколько дней вместо нескольких часов. Часть грузоотправителей начала перенаправлять грузы по Среднему коридору через Центральную Азию и Кавказ или обратно на морские перевозки.</p>
<p>Для Беларуси железнодорожный транзит между Китаем и Европой приносит сравнительно скромные доходы, но имеет политический вес: это одна из немногих сфер, где Минск может представить себя полезным и Пекину, и европейскому бизнесу. Он также связан с Китайско-Белорусским индустриальным парком «Великий камень», логистический хаб которого под Минском зависит от бесперебойной связи с ЕС.</p>
<p>Мы оцениваем ситуацию как ухудшение. Варшава вряд ли смягчит проверки, пока граница остаётся источником гибридных инцидентов, а у Минска мало рычагов, кроме обращений к Китаю. Пекин может негромко поднять вопрос в контактах с Польшей и ЕС, но вряд ли сделает его приоритетом. Если задержки сохранятся и зимой, объёмы транзита в 2026 году могут заметно снизиться.</p>`,
            seoDescription:
              "Польские проверки в Малашевичах замедляют транзит грузов из Китая в ЕС через Беларусь. Риски для «Великого камня».",
          },
        },
      },
    ],
  },

  // ───────────────────────────── 2025-12-01 ─────────────────────────────
  {
    weekStart: "2025-12-01",
    articles: [
      {
        section: "security",
        trend: "unchanged",
        authors: ["alena-kavalchuk"],
        tags: ["military-exercises", "csto"],
        translations: {
          en: {
            title: "Winter Training Period Opens With Drones at the Centre",
            lead: "The armed forces began the winter training period with an emphasis on unmanned systems, electronic warfare and air defence. The priorities reflect lessons from the war in Ukraine and confirm a gradual, defence-oriented modernisation rather than preparation for any offensive.",
            body: `<p>Under the defence ministry’s plan for the winter period, which runs until spring, every combined-arms brigade is to form or expand drone units, and operator training will be concentrated at several new centres. Special attention is given to countering small drones and protecting infrastructure from strikes – tasks that until recently were treated as secondary.</p>
<p>The plan also provides for a joint Belarusian–Russian staff exercise in the first quarter of 2026 and participation in regular CSTO drills. There are fewer large manoeuvres than in 2021–2022, while small-unit training and reservist camps account for a larger share.</p>
<h2>Assessment</h2>
<p>The situation is unchanged. Belarus continues to build armed forces oriented towards territorial defence and deterrence on the western border, heavily dependent on Russian equipment and doctrine. The focus on drones is sensible but constrained by money and by a shortage of qualified personnel – the same labour shortage that affects the civilian economy. We do not expect sharp changes in force posture this winter; the main risk remains an incident at the border rather than deliberate escalation.</p>`,
            seoDescription:
              "Belarus’s armed forces start the winter training period with a focus on drones, electronic warfare and air defence.",
          },
          be: {
            title: "Зімовы перыяд навучання пачаўся з акцэнтам на беспілотніках",
            lead: "Узброеныя сілы пачалі зімовы перыяд навучання з акцэнтам на беспілотных сістэмах, радыёэлектроннай барацьбе і супрацьпаветранай абароне. Прыярытэты адлюстроўваюць урокі вайны ва Украіне і пацвярджаюць паступовую мадэрнізацыю абарончага характару, а не падрыхтоўку да якога-небудзь наступу.",
            body: `<p>Паводле плана Міністэрства абароны на зімовы перыяд, які доўжыцца да вясны, кожная агульнавайсковая брыгада мусіць стварыць або пашырыць падраздзяленні беспілотнікаў, а падрыхтоўку аператараў сканцэнтруюць у некалькіх новых цэнтрах. Асаблівая ўвага надаецца процідзеянню малым беспілотнікам і ахове інфраструктуры ад удараў – задачам, якія яшчэ нядаўна лічыліся другараднымі.</p>
<p>План таксама прадугледжвае сумесныя беларуска-расійскія штабныя вучэнні ў першым квартале 2026 года і ўдзел у чарговых вучэннях АДКБ. Буйных манеўраў менш, чым у 2021–2022 гадах, затое большую долю займаюць заняткі малых падраздзяленняў і зборы рэзервістаў.</p>
<h2>Ацэнка</h2>
<p>Сітуацыя не змянілася. Беларусь працягвае будаваць войска, арыентаванае на тэрытарыяльную абарону і стрымліванне на заходняй мяжы і моцна залежнае ад расійскай тэхнікі і дактрыны. Акцэнт на беспілотніках разумны, але абмежаваны грашыма і недахопам кваліфікаваных кадраў – тым самым дэфіцытам рабочай сілы, які адчувае цывільная эканоміка. Мы не чакаем рэзкіх зменаў у размяшчэнні сіл гэтай зімой; галоўная рызыка – інцыдэнт на мяжы, а не наўмыснае абвастрэнне.</p>`,
            seoDescription:
              "Узброеныя сілы Беларусі пачалі зімовы перыяд навучання з акцэнтам на беспілотнікі і супрацьпаветраную абарону.",
          },
          ru: {
            title: "Зимний период обучения начался с упором на беспилотники",
            lead: "Вооружённые силы начали зимний период обучения с упором на беспилотные системы, радиоэлектронную борьбу и противовоздушную оборону. Приоритеты отражают уроки войны в Украине и подтверждают постепенную модернизацию оборонительного характера, а не подготовку к какому-либо наступлению.",
            body: `<p>Согласно плану Министерства обороны на зимний период, который продлится до весны, каждая общевойсковая бригада должна создать или расширить подразделения беспилотников, а подготовку операторов сосредоточат в нескольких новых центрах. Особое внимание уделяется противодействию малым беспилотникам и защите инфраструктуры от ударов – задачам, которые ещё недавно считались второстепенными.</p>
<p>План также предусматривает совместные белорусско-российские штабные учения в первом квартале 2026 года и участие в очередных учениях ОДКБ. Крупных манёвров меньше, чем в 2021–2022 годах, зато выросла доля занятий малых подразделений и сборов резервистов.</p>
<h2>Оценка</h2>
<p>Ситуация не изменилась. Беларусь продолжает строить армию, ориентированную на территориальную оборону и сдерживание на западной границе и сильно зависящую от российской техники и доктрины. Упор на беспилотники разумен, но ограничен деньгами и нехваткой квалифицированных кадров – тем же дефицитом рабочей силы, который ощущает гражданская экономика. Мы не ожидаем резких изменений в расположении сил этой зимой; главный риск – инцидент на границе, а не намеренная эскалация.</p>`,
            seoDescription: "Вооружённые силы Беларуси начали зимний период обучения с упором на беспилотники и противовоздушную оборону.",
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
            title: "Year-End Pardons Reach a New Scale, but Arrests Continue",
            lead: "Lukashenka pardoned 41 people in the largest single release of the year, which followed contacts with Western diplomats. The step confirms the trend towards more releases, but arrests for “extremism” continue, and the number of political prisoners is falling only slowly.",
            body: `<p>The decree, published on 2 December, covers several well-known participants in the protests that followed the 2020 presidential election, as well as people convicted for donations and online comments. Unlike in previous rounds, part of the group left the country immediately after release, reportedly under arrangements discussed with foreign intermediaries. State media described the decision as a humanitarian gesture ahead of the holidays.</p>
<p>At the same time, human rights monitors recorded dozens of new politically motivated detentions in November, mostly over old social media posts and donations. The net result is a slow decline in the total number of political prisoners, from a level that remains very high by European standards.</p>
<ul><li>Releases since October: more than 80 people under three decrees.</li><li>New politically motivated convictions: continuing at a steady pace.</li><li>Conditions: a petition, an admission of guilt and, in some cases, departure abroad.</li></ul>
<p>We assess the trend as improving, but slowly. The authorities are using releases as a foreign policy resource while keeping repression at home in place. Expect further releases in exchange for Western gestures, such as limited sanctions relief – a transactional logic that is unlikely to end political persecution as such.</p>`,
            seoDescription:
              "Lukashenka pardoned 41 people in the year’s largest release, yet new arrests continue. Our assessment of the trend.",
          },
          be: {
            title: "Памілаванні ў канцы года дасягнулі новага маштабу, але арышты працягваюцца",
            lead: "Лукашэнка памілаваў 41 чалавека – гэта найбуйнейшае адначасовае вызваленне за год, якое адбылося пасля кантактаў з заходнімі дыпламатамі. Крок пацвярджае тэндэнцыю да вызваленняў, аднак арышты за «экстрэмізм» працягваюцца, і колькасць палітвязняў змяншаецца толькі павольна.",
            body: `<p>Указ, апублікаваны 2 снежня, ахоплівае некалькіх вядомых удзельнікаў пратэстаў пасля прэзідэнцкіх выбараў 2020 года, а таксама людзей, асуджаных за ахвяраванні і каментары ў інтэрнэце. У адрозненне ад папярэдніх хваляў, частка групы адразу пасля вызвалення пакінула краіну – паводле наяўных звестак, у межах дамоўленасцяў, абмеркаваных з замежнымі пасярэднікамі. Дзяржаўныя СМІ назвалі рашэнне гуманітарным жэстам напярэдадні святаў.</p>
<p>Адначасова праваабаронцы зафіксавалі ў лістападзе дзясяткі новых палітычна матываваных затрыманняў – пераважна за старыя допісы ў сацыяльных сетках і ахвяраванні. У выніку агульная колькасць палітвязняў павольна змяншаецца, але застаецца вельмі высокай паводле еўрапейскіх мерак.</p>
<ul><li>Вызваленні з кастрычніка: больш за 80 чалавек паводле трох указаў.</li><li>Новыя палітычна матываваныя прысуды: выносяцца ў стабільным тэмпе.</li><li>Умовы: прашэнне, прызнанне віны, часам выезд за мяжу.</li></ul>
<p>Мы ацэньваем тэндэнцыю як паляпшэнне, хоць і павольнае. Улады выкарыстоўваюць вызваленні як знешнепалітычны рэсурс, захоўваючы рэпрэсіі ўнутры краіны. Варта чакаць новых вызваленняў у абмен на жэсты Захаду, напрыклад абмежаванае змякчэнне санкцый, – аднак такая гандлёвая логіка наўрад ці спыніць палітычны пераслед як такі.</p>`,
            seoDescription: "Лукашэнка памілаваў 41 чалавека – найбуйнейшае вызваленне года, аднак новыя арышты працягваюцца.",
          },
          ru: {
            title: "Помилования в конце года достигли нового масштаба, но аресты продолжаются",
            lead: "Лукашенко помиловал 41 человека – это крупнейшее единовременное освобождение за год, последовавшее за контактами с западными дипломатами. Шаг подтверждает тенденцию к освобождениям, однако аресты за «экстремизм» продолжаются, и число политзаключённых сокращается лишь медленно.",
            body: `<p>Указ, опубликованный 2 декабря, охватывает нескольких известных участников протестов после президентских выборов 2020 года, а также людей, осуждённых за пожертвования и комментарии в интернете. В отличие от предыдущих волн, часть группы сразу после освобождения покинула страну – по имеющимся сведениям, в рамках договорённостей, обсуждавшихся с иностранными посредниками. Государственные СМИ назвали решение гуманитарным жестом накануне праздников.</p>
<p>Одновременно правозащитники зафиксировали в ноябре десятки новых политически мотивированных задержаний – преимущественно за старые публикации в социальных сетях и пожертвования. В итоге общее число политзаключённых медленно сокращается, но остаётся очень высоким по европейским меркам.</p>
<ul><li>Освобождения с октября: более 80 человек по трём указам.</li><li>Новые политически мотивированные приговоры: выносятся в стабильном темпе.</li><li>Условия: прошение, признание вины, в ряде случаев выезд за границу.</li></ul>
<p>Мы оцениваем тенденцию как улучшение, хотя и медленное. Власти используют освобождения как внешнеполитический ресурс, сохраняя репрессии внутри страны. Стоит ожидать новых освобождений в обмен на жесты Запада, например ограниченное смягчение санкций, – однако такая транзакционная логика вряд ли положит конец политическому преследованию как таковому.</p>`,
            seoDescription: "Лукашенко помиловал 41 человека – крупнейшее освобождение года, однако новые аресты продолжаются.",
          },
        },
      },
      {
        // Deliberately without a Russian translation.
        section: "economy",
        trend: "none",
        authors: ["maryna-lapitskaya", "volha-sidarenka"],
        tags: ["budget", "inflation"],
        translations: {
          en: {
            title: "What the Adopted 2026 Budget Means for Households",
            lead: "Parliament has completed the adoption of the 2026 budget and the accompanying tax amendments. This explainer sets out the changes that will most directly affect households – from pensions and public-sector wages to excise duties, property tax and utility tariffs.",
            body: `<p>The Council of the Republic approved the budget law and the package of tax amendments last week, and they now await the head of state’s signature, which is a formality. Compared with the draft submitted in early November, the changes are minor: a small reallocation to rural healthcare and school repairs, with the deficit target unchanged.</p>
<h2>Key changes for households</h2>
<ul><li>Pensions and public-sector wages will be indexed in line with forecast inflation, in two stages.</li><li>Excise duties on alcohol, tobacco and fuel will rise by 7–10%.</li><li>Utility tariffs for households will rise gradually, with cost recovery staying below 100%.</li><li>Property tax on second homes and large apartments will go up.</li></ul>
<p>Taken together, the measures imply a modest increase in the tax burden on consumption and broadly flat real incomes for pensioners. Families working in the private sector will feel the changes mainly through prices rather than direct taxes.</p>
<p>This explainer does not assess a trend; our analysis of the budget’s risks appeared in <a href="https://example.org/budget-2026-coverage">earlier issues</a>. The key dates to watch are the first indexation in January and the quarterly budget execution reports, the first of which will appear in April.</p>`,
            seoDescription:
              "Pensions, wages, excise duties, utility tariffs and property tax: what Belarus’s adopted 2026 budget means for households.",
          },
          be: {
            title: "Што прыняты бюджэт на 2026 год азначае для хатніх гаспадарак",
            lead: "Парламент завяршыў прыняцце бюджэту на 2026 год і суправаджальных падатковых паправак. У гэтым тлумачальніку – змены, якія найбольш непасрэдна закрануць хатнія гаспадаркі: ад пенсій і заробкаў бюджэтнікаў да акцызаў, падатку на нерухомасць і тарыфаў на камунальныя паслугі.",
            body: `<p>Савет Рэспублікі на мінулым тыдні ўхваліў закон аб бюджэце і пакет падатковых паправак, і цяпер яны чакаюць подпісу кіраўніка дзяржавы, што з’яўляецца фармальнасцю. У параўнанні з праектам, унесеным на пачатку лістапада, змены нязначныя: невялікае пераразмеркаванне сродкаў на сельскую ахову здароўя і рамонт школ пры нязменнай мэце па дэфіцыце.</p>
<h2>Галоўныя змены для хатніх гаспадарак</h2>
<ul><li>Пенсіі і заробкі бюджэтнікаў праіндэксуюць у адпаведнасці з прагнознай інфляцыяй у два этапы.</li><li>Акцызы на алкаголь, тытунь і паліва вырастуць на 7–10%.</li><li>Тарыфы на камунальныя паслугі для насельніцтва будуць павышацца паступова, а ўзровень пакрыцця выдаткаў застанецца ніжэйшым за 100%.</li><li>Падатак на другое жыллё і вялікія кватэры павялічыцца.</li></ul>
<p>У суме гэтыя меры азначаюць умеранае павышэнне падатковай нагрузкі на спажыванне і амаль нязменныя рэальныя даходы пенсіянераў. Сем’і, занятыя ў прыватным сектары, адчуюць змены пераважна праз цэны, а не праз прамыя падаткі.</p>
<p>Гэты тлумачальнік не ацэньвае тэндэнцыю; наш аналіз рызык бюджэту выходзіў у <a href="https://example.org/budget-2026-coverage">папярэдніх выпусках</a>. Ключавыя даты – першая індэксацыя ў студзені і квартальныя справаздачы аб выкананні бюджэту, першая з якіх з’явіцца ў красавіку.</p>`,
            seoDescription:
              "Пенсіі, заробкі, акцызы, тарыфы і падатак на нерухомасць: што бюджэт на 2026 год азначае для хатніх гаспадарак.",
          },
        },
      },
      {
        section: "belarus-west",
        trend: "worsened",
        authors: ["andrei-zhuk"],
        tags: ["sanctions", "european-union"],
        translations: {
          en: {
            title: "EU Adopts Targeted Listings Over Hybrid Attacks on Its Borders",
            lead: "The EU Council added two dozen Belarusian officials and entities to its sanctions list for their role in hybrid operations against Lithuania, Latvia and Poland. The decision is narrow but closes the door on any quick normalisation after the border reopenings.",
            body: `<p>The listings, adopted on 2 December, target border service officials, a state transport company and several firms accused of organising smuggling and the movement of migrants towards the EU border. The legal basis was expanded to allow sanctions for “hybrid activities”, a category that can be used in the future without waiting for a new full package.</p>
<p>The decision comes at an awkward moment for Minsk. The year-end pardons and the reopening of the Lithuanian crossings had raised hopes among some observers of a thaw, at least in the humanitarian sphere. Brussels has made clear that releases will be welcomed but not rewarded with sanctions relief while hybrid pressure on the border continues.</p>
<p>We assess the trend as worsening. The divergence between the EU and the United States, which has shown more interest in transactional deals with Minsk, is likely to grow. Belarusian diplomacy will try to exploit it, offering Washington further releases while portraying the EU as hostile. Expect a Belarusian response in the form of restrictions on EU hauliers or entry rules – and a tense winter at the border.</p>`,
            seoDescription:
              "The EU sanctioned two dozen Belarusian officials and entities over hybrid attacks on its borders. What comes next.",
          },
          be: {
            title: "ЕС увёў адрасныя санкцыі за гібрыдныя атакі на свае межы",
            lead: "Савет ЕС дадаў у санкцыйны спіс два дзясяткі беларускіх чыноўнікаў і арганізацый за ўдзел у гібрыдных аперацыях супраць Літвы, Латвіі і Польшчы. Рашэнне вузкае, аднак зачыняе дзверы для хуткай нармалізацыі пасля адкрыцця пунктаў пропуску.",
            body: `<p>Спіс, ухвалены 2 снежня, закранае супрацоўнікаў памежнай службы, дзяржаўную транспартную кампанію і некалькі фірмаў, якія абвінавачваюцца ў арганізацыі кантрабанды і перамяшчэння мігрантаў да мяжы ЕС. Прававую аснову пашырылі, каб дазволіць уводзіць санкцыі за «гібрыдную дзейнасць», – гэтую катэгорыю можна будзе ўжываць і ў будучыні, не чакаючы новага поўнага пакета.</p>
<p>Рашэнне прыйшлося на нязручны для Мінска момант. Памілаванні ў канцы года і адкрыццё літоўскіх пунктаў пропуску выклікалі ў часткі назіральнікаў спадзяванні на адлігу, прынамсі ў гуманітарнай сферы. Брусель ясна даў зразумець, што вызваленні будуць вітацца, але не будуць узнагароджвацца змякчэннем санкцый, пакуль працягваецца гібрыдны ціск на мяжы.</p>
<p>Мы ацэньваем тэндэнцыю як пагаршэнне. Разыходжанне паміж ЕС і ЗША, якія праяўляюць большую цікавасць да транзакцыйных здзелак з Мінскам, хутчэй за ўсё, будзе павялічвацца. Беларуская дыпламатыя паспрабуе гэтым скарыстацца, прапаноўваючы Вашынгтону новыя вызваленні і адначасова малюючы ЕС як варожую сілу. Варта чакаць беларускага адказу ў выглядзе абмежаванняў для еўрапейскіх перавозчыкаў або правілаў уезду – і напружанай зімы на мяжы.</p>`,
            seoDescription: "ЕС увёў санкцыі супраць двух дзясяткаў беларускіх чыноўнікаў і арганізацый за гібрыдныя атакі. Што далей.",
          },
          ru: {
            title: "ЕС ввёл адресные санкции за гибридные атаки на свои границы",
            lead: "Совет ЕС добавил в санкционный список два десятка белорусских чиновников и организаций за участие в гибридных операциях против Литвы, Латвии и Польши. Решение узкое, но закрывает дверь для быстрой нормализации после открытия пунктов пропуска.",
            body: `<p>Список, утверждённый 2 декабря, затрагивает сотрудников пограничной службы, государственную транспортную компанию и несколько фирм, обвиняемых в организации контрабанды и перемещения мигрантов к границе ЕС. Правовую основу расширили, чтобы позволить вводить санкции за «гибридную деятельность», – эту категорию можно будет применять и в будущем, не дожидаясь нового полного пакета.</p>
<p>Решение пришлось на неудобный для Минска момент. Помилования в конце года и открытие литовских пунктов пропуска вызвали у части наблюдателей надежды на оттепель, по крайней мере в гуманитарной сфере. Брюссель ясно дал понять, что освобождения будут приветствоваться, но не будут вознаграждаться смягчением санкций, пока продолжается гибридное давление на границе.</p>
<p>Мы оцениваем тенденцию как ухудшение. Расхождение между ЕС и США, которые проявляют больший интерес к транзакционным сделкам с Минском, скорее всего, будет расти. Белорусская дипломатия попытается этим воспользоваться, предлагая Вашингтону новые освобождения и одновременно изображая ЕС враждебной силой. Стоит ожидать белорусского ответа в виде ограничений для европейских перевозчиков или правил въезда – и напряжённой зимы на границе.</p>`,
            seoDescription: "ЕС ввёл санкции против двух десятков белорусских чиновников и организаций за гибридные атаки. Что дальше.",
          },
        },
      },
    ],
  },
];
