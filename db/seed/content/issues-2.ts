import type { SeedIssue } from "../types";

/** Sample issues, 8 December 2025 – 5 January 2026. */
export const issues: SeedIssue[] = [
  // ─────────────────────────────────────────────── 2025-12-08
  {
    weekStart: "2025-12-08",
    articles: [
      {
        section: "security",
        trend: "unchanged",
        authors: ["alena-kavalchuk"],
        tags: ["military-exercises", "csto"],
        translations: {
          en: {
            title: "Defence Ministry Outlines 2026 Training Plan, Keeps CSTO Focus",
            lead: "The Defence Ministry’s draft training plan for 2026 keeps the emphasis on joint exercises with Russia and the CSTO, but shifts resources towards drones, air defence and reservist call-ups. The plan signals continuity rather than escalation.",
            body: `<p>At a board meeting this week, the Defence Ministry presented the main parameters of combat training for 2026. According to the published summary, the number of large-scale exercises will remain roughly at this year’s level, while the share of battalion- and company-level drills will grow. Priority areas include unmanned systems, electronic warfare and the protection of critical infrastructure.</p>
<p>The CSTO component is prominent. Belarus expects to send units to at least two of the organisation’s joint exercises next year and to host a staff training session of the Collective Rapid Reaction Forces. For Minsk, CSTO formats remain a convenient way to lend multilateral legitimacy to its military cooperation with Moscow.</p>
<h2>What to watch</h2>
<ul><li>the schedule of joint Belarusian–Russian drills, expected in January;</li><li>the scale of reservist call-ups in the first quarter;</li><li>any announcements on new air-defence deliveries.</li></ul>
<p>Overall, the plan signals continuity. It does not point to a new concentration of forces near the borders, but it also leaves no room for de-escalation initiatives from Minsk.</p>`,
            seoDescription:
              "Belarus’s 2026 military training plan keeps joint drills with Russia and the CSTO and gives more attention to drones and air defence.",
          },
          be: {
            title: "Міністэрства абароны акрэсліла план на 2026 год: у фокусе АДКБ",
            lead: "Праект плана падрыхтоўкі на 2026 год захоўвае акцэнт на сумесных вучэннях з Расіяй і АДКБ, але пераразмяркоўвае рэсурсы на карысць беспілотнікаў, супрацьпаветранай абароны і збораў рэзервістаў. План сведчыць пра пераемнасць, а не пра эскалацыю.",
            body: `<p>На гэтым тыдні на пасяджэнні калегіі Міністэрства абароны былі прадстаўленыя асноўныя параметры баявой падрыхтоўкі на 2026 год. Паводле апублікаванага рэзюмэ, колькасць буйных вучэнняў застанецца прыкладна на сёлетнім узроўні, а доля заняткаў на ўзроўні батальёнаў і ротаў павялічыцца. Сярод прыярытэтаў – беспілотныя сістэмы, радыёэлектронная барацьба і ахова крытычнай інфраструктуры.</p>
<p>Прыкметнае месца займае кампанент АДКБ. Беларусь разлічвае накіраваць падраздзяленні прынамсі на два сумесныя вучэнні арганізацыі ў наступным годзе і правесці ў сябе штабную трэніроўку Калектыўных сіл аператыўнага рэагавання. Для Мінска фарматы АДКБ застаюцца зручным спосабам надаць шматбаковую легітымнасць вайсковаму супрацоўніцтву з Масквой.</p>
<h2>На што звярнуць увагу</h2>
<ul><li>графік сумесных беларуска-расійскіх вучэнняў, які чакаецца ў студзені;</li><li>маштаб збораў рэзервістаў у першым квартале;</li><li>магчымыя заявы пра новыя пастаўкі сродкаў СПА.</li></ul>
<p>У цэлым план сведчыць пра пераемнасць. Ён не паказвае на новую канцэнтрацыю войскаў каля межаў, але і не пакідае месца для ініцыятыў Мінска па дээскалацыі.</p>`,
            seoDescription:
              "План вайсковай падрыхтоўкі на 2026 год захоўвае сумесныя вучэнні з Расіяй і АДКБ і надае больш увагі беспілотнікам і СПА.",
          },
          ru: {
            title: "Минобороны наметило план подготовки на 2026 год: в фокусе ОДКБ",
            lead: "Проект плана подготовки на 2026 год сохраняет акцент на совместных учениях с Россией и ОДКБ, но перераспределяет ресурсы в пользу беспилотников, противовоздушной обороны и сборов резервистов. План говорит о преемственности, а не об эскалации.",
            body: `<p>На этой неделе на заседании коллегии Министерства обороны были представлены основные параметры боевой подготовки на 2026 год. Согласно опубликованному резюме, число крупных учений останется примерно на уровне текущего года, а доля занятий на уровне батальонов и рот вырастет. Среди приоритетов – беспилотные системы, радиоэлектронная борьба и защита критической инфраструктуры.</p>
<p>Заметное место занимает компонент ОДКБ. Беларусь рассчитывает направить подразделения как минимум на два совместных учения организации в следующем году и провести у себя штабную тренировку Коллективных сил оперативного реагирования. Для Минска форматы ОДКБ остаются удобным способом придать многостороннюю легитимность военному сотрудничеству с Москвой.</p>
<h2>На что обратить внимание</h2>
<ul><li>график совместных белорусско-российских учений, который ожидается в январе;</li><li>масштаб сборов резервистов в первом квартале;</li><li>возможные заявления о новых поставках средств ПВО.</li></ul>
<p>В целом план говорит о преемственности. Он не указывает на новую концентрацию войск у границ, но и не оставляет места для инициатив Минска по деэскалации.</p>`,
            seoDescription:
              "План военной подготовки на 2026 год сохраняет совместные учения с Россией и ОДКБ и уделяет больше внимания беспилотникам и ПВО.",
          },
        },
      },
      {
        section: "domestic-politics",
        trend: "unchanged",
        authors: ["pavel-hrynevich"],
        tags: ["civil-society"],
        translations: {
          en: {
            title: "People’s Assembly Presidium Sketches an Agenda Without Surprises",
            lead: "The presidium of the All-Belarusian People’s Assembly has outlined topics for its next session, focusing on the five-year development programme and youth policy. The agenda confirms that the body exists to endorse decisions rather than to debate alternatives.",
            body: `<p>At its meeting on Thursday, the presidium of the All-Belarusian People’s Assembly discussed preparations for the next session, which is expected in the first half of 2026. The proposed agenda includes the implementation of the five-year socio-economic programme, youth and education policy, and “the preservation of historical memory”.</p>
<p>The list is telling for what it leaves out. There is no mention of constitutional amendments, local self-government reform or the role of political parties, although these issues were discussed at expert round tables earlier in the year. The presidium also recommended that regional authorities hold preliminary meetings with delegates in February. Proposals collected from delegates in the autumn, mostly on local matters such as roads, healthcare and housing, are not reflected in the draft.</p>
<blockquote>The Assembly’s function is increasingly ritual: it mobilises loyal groups and lends collective approval to a course already set by the executive.</blockquote>
<p>In the coming weeks, attention will focus on the composition of the working groups and on whether the session adopts any new documents on the “national idea”. Meaningful changes to the balance of power are not expected.</p>`,
            seoDescription:
              "The People’s Assembly presidium set an agenda centred on the five-year plan and youth policy, with no institutional reform in sight.",
          },
          be: {
            title: "Прэзідыум Усебеларускага народнага сходу акрэсліў парадак дня без сюрпрызаў",
            lead: "Прэзідыум Усебеларускага народнага сходу акрэсліў тэмы наступнай сесіі, засяродзіўшыся на пяцігадовай праграме развіцця і моладзевай палітыцы. Парадак дня пацвярджае, што гэты орган існуе дзеля ўхвалення рашэнняў, а не дзеля абмеркавання альтэрнатыў.",
            body: `<p>На пасяджэнні ў чацвер прэзідыум Усебеларускага народнага сходу абмеркаваў падрыхтоўку да наступнай сесіі, якая чакаецца ў першай палове 2026 года. Прапанаваны парадак дня ўключае выкананне пяцігадовай праграмы сацыяльна-эканамічнага развіцця, моладзевую і адукацыйную палітыку, а таксама «захаванне гістарычнай памяці».</p>
<p>Паказальна, чаго ў гэтым спісе няма. Не згадваюцца ні змены ў Канстытуцыю, ні рэформа мясцовага самакіравання, ні роля палітычных партый, хоць гэтыя пытанні абмяркоўваліся на экспертных круглых сталах раней у гэтым годзе. Прэзідыум таксама рэкамендаваў рэгіянальным органам улады правесці ў лютым папярэднія сустрэчы з дэлегатамі. Прапановы дэлегатаў, сабраныя ўвосень, – пераважна па мясцовых пытаннях, такіх як дарогі, ахова здароўя і жыллё, – у праекце не адлюстраваныя.</p>
<blockquote>Функцыя Сходу становіцца ўсё больш рытуальнай: ён мабілізуе лаяльныя групы і надае калектыўнае адабрэнне курсу, які ўжо вызначыла выканаўчая ўлада.</blockquote>
<p>У бліжэйшыя тыдні ўвага будзе засяроджаная на складзе працоўных груп і на тым, ці ўхваліць сесія новыя дакументы пра «нацыянальную ідэю». Істотных зменаў у балансе ўлады не чакаецца.</p>`,
            seoDescription:
              "Прэзідыум УНС вызначыў парадак дня з акцэнтам на пяцігадовую праграму і моладзевую палітыку – без інстытуцыйных рэформаў.",
          },
          ru: {
            title: "Президиум Всебелорусского народного собрания наметил повестку без сюрпризов",
            lead: "Президиум Всебелорусского народного собрания обозначил темы следующей сессии, сосредоточившись на пятилетней программе развития и молодёжной политике. Повестка подтверждает, что этот орган существует для одобрения решений, а не для обсуждения альтернатив.",
            body: `<p>На заседании в четверг президиум Всебелорусского народного собрания обсудил подготовку к следующей сессии, которая ожидается в первой половине 2026 года. Предложенная повестка включает выполнение пятилетней программы социально-экономического развития, молодёжную и образовательную политику, а также «сохранение исторической памяти».</p>
<p>Показательно, чего в этом списке нет. Не упоминаются ни изменения в Конституцию, ни реформа местного самоуправления, ни роль политических партий, хотя эти вопросы обсуждались на экспертных круглых столах ранее в этом году. Президиум также рекомендовал региональным органам власти провести в феврале предварительные встречи с делегатами. Предложения делегатов, собранные осенью, – в основном по местным вопросам, таким как дороги, здравоохранение и жильё, – в проекте не отражены.</p>
<blockquote>Функция Собрания становится всё более ритуальной: оно мобилизует лояльные группы и придаёт коллективное одобрение курсу, уже определённому исполнительной властью.</blockquote>
<p>В ближайшие недели внимание будет приковано к составу рабочих групп и к тому, примет ли сессия новые документы о «национальной идее». Существенных изменений в балансе власти не ожидается.</p>`,
            seoDescription:
              "Президиум ВНС определил повестку с акцентом на пятилетнюю программу и молодёжную политику – без институциональных реформ.",
          },
        },
      },
      {
        section: "economy",
        trend: "worsened",
        authors: ["maryna-lapitskaya"],
        tags: ["budget"],
        translations: {
          en: {
            title: "Parliament Approves 2026 Budget With a Wider Planned Deficit",
            lead: "Both chambers of parliament have approved the 2026 budget without amendments. The planned deficit widens to about 1.8% of GDP, as spending on wages, defence and state programmes grows faster than revenues that depend on a slowing economy.",
            body: `<p>The House of Representatives and the Council of the Republic adopted the budget law for 2026 within a single week, with no changes to the government’s draft. Revenues are projected to rise by roughly 8% in nominal terms, while expenditure is set to grow by about 11%. The gap is to be covered by domestic bond placements and by refinancing debt owed to Russia.</p>
<p>The structure of spending reflects political priorities. Public-sector wages are to be indexed in line with inflation, the defence and security allocation grows again, and the state import substitution programme receives additional funding. Capital spending on regional infrastructure, by contrast, stays flat.</p>
<p>The main risk lies in the revenue assumptions. The budget relies on GDP growth of around 2% and stable export prices, while the economy has been cooling since the summer and exports to Russia face weaker demand. Should growth fall short, the government will have to choose between cutting spending mid-year and borrowing more.</p>
<p>For now, the adoption closes the budget cycle on schedule. The real test will come in April, with the first quarterly reports on budget execution.</p>`,
            seoDescription:
              "Belarus’s parliament approved the 2026 budget unchanged; the planned deficit widens to about 1.8% of GDP amid slowing growth.",
          },
          be: {
            title: "Парламент ухваліў бюджэт на 2026 год з большым дэфіцытам",
            lead: "Абедзве палаты парламента ўхвалілі бюджэт на 2026 год без паправак. Запланаваны дэфіцыт павялічваецца прыкладна да 1,8% ВУП, бо выдаткі на заробкі, абарону і дзяржаўныя праграмы растуць хутчэй, чым даходы, якія залежаць ад эканомікі, што страчвае тэмп.",
            body: `<p>Палата прадстаўнікоў і Савет Рэспублікі ўхвалілі закон пра бюджэт на 2026 год на працягу аднаго тыдня, не змяніўшы ўрадавы праект. Даходы, паводле прагнозу, вырастуць прыкладна на 8% у намінальным выразе, а выдаткі – прыкладна на 11%. Розніцу плануецца пакрыць размяшчэннем аблігацый на ўнутраным рынку і рэфінансаваннем запазычанасці перад Расіяй.</p>
<p>Структура выдаткаў адлюстроўвае палітычныя прыярытэты. Заробкі ў бюджэтнай сферы будуць індэксавацца ў адпаведнасці з інфляцыяй, выдаткі на абарону і бяспеку зноў павялічваюцца, а дзяржаўная праграма імпартазамяшчэння атрымлівае дадатковае фінансаванне. Капітальныя выдаткі на рэгіянальную інфраструктуру, наадварот, застаюцца на ранейшым узроўні.</p>
<p>Галоўная рызыка звязаная з прагнозам даходаў. Бюджэт разлічаны на рост ВУП каля 2% і стабільныя экспартныя цэны, тады як эканоміка астывае з лета, а экспарт у Расію сутыкаецца са слабейшым попытам. Калі рост акажацца ніжэйшым, ураду давядзецца выбіраць паміж скарачэннем выдаткаў пасярод года і новымі запазычаннямі.</p>
<p>Пакуль што ўхваленне закона закрывае бюджэтны цыкл па графіку. Сапраўдная праверка адбудзецца ў красавіку, калі з’явяцца першыя квартальныя справаздачы пра выкананне бюджэту.</p>`,
            seoDescription:
              "Парламент ухваліў бюджэт на 2026 год без змен: запланаваны дэфіцыт павялічваецца да 1,8% ВУП на фоне запаволення эканомікі.",
          },
          ru: {
            title: "Парламент утвердил бюджет на 2026 год с увеличенным дефицитом",
            lead: "Обе палаты парламента утвердили бюджет на 2026 год без поправок. Плановый дефицит увеличивается примерно до 1,8% ВВП, поскольку расходы на зарплаты, оборону и госпрограммы растут быстрее доходов, зависящих от замедляющейся экономики.",
            body: `<p>Палата представителей и Совет Республики приняли закон о бюджете на 2026 год в течение одной недели, не изменив правительственный проект. Доходы, по прогнозу, вырастут примерно на 8% в номинальном выражении, а расходы – примерно на 11%. Разрыв планируется покрыть размещением облигаций на внутреннем рынке и рефинансированием задолженности перед Россией.</p>
<p>Структура расходов отражает политические приоритеты. Зарплаты в бюджетной сфере будут индексироваться в соответствии с инфляцией, расходы на оборону и безопасность вновь увеличиваются, а государственная программа импортозамещения получает дополнительное финансирование. Капитальные расходы на региональную инфраструктуру, напротив, остаются на прежнем уровне.</p>
<p>Главный риск связан с прогнозом доходов. Бюджет рассчитан на рост ВВП около 2% и стабильные экспортные цены, тогда как экономика остывает с лета, а экспорт в Россию сталкивается с ослабевшим спросом. Если рост окажется ниже, правительству придётся выбирать между сокращением расходов в середине года и новыми заимствованиями.</p>
<p>Пока принятие закона завершает бюджетный цикл в срок. Настоящая проверка наступит в апреле, когда появятся первые квартальные отчёты об исполнении бюджета.</p>`,
            seoDescription:
              "Парламент утвердил бюджет на 2026 год без изменений: плановый дефицит растёт до 1,8% ВВП на фоне замедления экономики.",
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
            title: "Gas Price Talks for 2026 Enter the Final Stretch",
            lead: "Minsk and Moscow are finalising the gas price for 2026. Belarus seeks to keep the current tariff, while the Russian side links any concession to progress on tax and customs harmonisation within the Union State.",
            body: `<p>Government delegations met in Moscow this week for another round of consultations on energy supplies. Officially, both sides describe the talks as “constructive”, and Belarusian officials say they expect the price to be fixed before the end of December, as in previous years.</p>
<p>Minsk’s position is straightforward: to preserve the current price of around $128 per thousand cubic metres and settlements in Russian roubles. For the Belarusian economy, cheap gas remains the foundation of competitiveness in petrochemicals, fertiliser production and housing utilities.</p>
<p>Moscow has reasons to agree, yet it also uses the negotiations as leverage. Russian officials have repeatedly noted that the unified gas market envisaged by the Union State programmes is behind schedule, and that progress on a common tax code would make further preferences easier to justify.</p>
<p>The most likely outcome is a price freeze accompanied by a protocol on “further steps” towards market integration. A significant increase would be a political signal and is unlikely while Moscow values Minsk’s loyalty so highly.</p>`,
            seoDescription:
              "Minsk wants to keep its gas price for 2026 unchanged, while Moscow ties concessions to tax and market integration in the Union State.",
          },
          be: {
            title: "Перамовы пра цану газу на 2026 год выходзяць на фінішную прамую",
            lead: "Мінск і Масква завяршаюць узгадненне цаны на газ на 2026 год. Беларусь імкнецца захаваць цяперашні тарыф, а расійскі бок звязвае любыя саступкі з прагрэсам у гарманізацыі падатковага і мытнага заканадаўства ў межах Саюзнай дзяржавы.",
            body: `<p>На гэтым тыдні ўрадавыя дэлегацыі сустрэліся ў Маскве на чарговы раўнд кансультацый пра пастаўкі энергарэсурсаў. Афіцыйна абодва бакі называюць перамовы «канструктыўнымі», а беларускія чыноўнікі кажуць, што чакаюць вызначэння цаны да канца снежня, як і ў папярэднія гады.</p>
<p>Пазіцыя Мінска простая: захаваць цяперашнюю цану каля $128 за тысячу кубаметраў і разлікі ў расійскіх рублях. Для беларускай эканомікі танны газ застаецца асновай канкурэнтаздольнасці нафтахіміі, вытворчасці ўгнаенняў і жыллёва-камунальнай гаспадаркі.</p>
<p>У Масквы ёсць прычыны пагадзіцца, аднак яна таксама выкарыстоўвае перамовы як рычаг ціску. Расійскія прадстаўнікі неаднойчы адзначалі, што адзіны рынак газу, прадугледжаны праграмамі Саюзнай дзяржавы, ствараецца з адставаннем ад графіка, а прагрэс у распрацоўцы агульнага падатковага кодэкса дазволіў бы прасцей абгрунтаваць далейшыя прэферэнцыі.</p>
<p>Найбольш верагодны вынік – замарожванне цаны разам з пратаколам пра «далейшыя крокі» да інтэграцыі рынкаў. Істотнае павышэнне стала б палітычным сігналам і наўрад ці адбудзецца, пакуль Масква так высока цэніць лаяльнасць Мінска.</p>`,
            seoDescription:
              "Мінск хоча захаваць цану газу на 2026 год, а Масква звязвае саступкі з падатковай і рынкавай інтэграцыяй у Саюзнай дзяржаве.",
          },
          ru: {
            title: "Переговоры о цене газа на 2026 год выходят на финишную прямую",
            lead: "Минск и Москва завершают согласование цены на газ на 2026 год. Беларусь стремится сохранить нынешний тариф, а российская сторона увязывает любые уступки с прогрессом в гармонизации налогового и таможенного законодательства в рамках Союзного государства.",
            body: `<p>На этой неделе правительственные делегации встретились в Москве на очередной раунд консультаций о поставках энергоресурсов. Официально обе стороны называют переговоры «конструктивными», а белорусские чиновники говорят, что ожидают определения цены до конца декабря, как и в предыдущие годы.</p>
<p>Позиция Минска проста: сохранить нынешнюю цену около $128 за тысячу кубометров и расчёты в российских рублях. Для белорусской экономики дешёвый газ остаётся основой конкурентоспособности нефтехимии, производства удобрений и жилищно-коммунального хозяйства.</p>
<p>У Москвы есть причины согласиться, однако она также использует переговоры как рычаг давления. Российские представители неоднократно отмечали, что единый рынок газа, предусмотренный программами Союзного государства, создаётся с отставанием от графика, а прогресс в разработке общего налогового кодекса позволил бы проще обосновать дальнейшие преференции.</p>
<p>Наиболее вероятный исход – замораживание цены вместе с протоколом о «дальнейших шагах» к интеграции рынков. Существенное повышение стало бы политическим сигналом и вряд ли произойдёт, пока Москва так высоко ценит лояльность Минска.</p>`,
            seoDescription:
              "Минск хочет сохранить цену газа на 2026 год, а Москва увязывает уступки с налоговой и рыночной интеграцией в Союзном государстве.",
          },
        },
      },
      {
        section: "belarus-west",
        trend: "worsened",
        authors: ["andrei-zhuk", "volha-sidarenka"],
        tags: ["border", "european-union"],
        translations: {
          en: {
            title: "Queues Grow at the Lithuanian Border as Restrictions Are Extended",
            lead: "Vilnius has extended the limited operating regime at its two remaining crossing points with Belarus until the end of January. Truck queues on the Belarusian side have lengthened, and the dispute over stranded Lithuanian vehicles remains unresolved.",
            body: `<p>The Lithuanian government decided this week to keep reduced hours and staffing at the Medininkai and Šalčininkai crossings, citing security risks and the need to strengthen border control. Passenger traffic continues, but freight clearance has slowed markedly. According to Belarus’s State Border Committee, more than 1,500 trucks were waiting to leave the country by mid-week.</p>
<p>The sharpest issue concerns several hundred Lithuanian-registered trucks that remain on Belarusian territory. Minsk insists that their return requires direct talks between the two governments, which Vilnius refuses, seeing this as an attempt to extract political recognition.</p>
<h2>Who pays the price</h2>
<p>The main losers are carriers on both sides and residents of the border regions, for whom shopping trips and family visits have become far more complicated. Belarusian logistics companies are redirecting flows through Latvia and Poland, which raises costs.</p>
<p>No quick solution is in sight. The EU backs Lithuania’s position, and Minsk appears ready to keep the issue open as a bargaining chip in the coming months.</p>`,
            seoDescription:
              "Lithuania extended limits at its two open crossings with Belarus; truck queues grow and the dispute over stranded vehicles drags on.",
          },
          be: {
            title: "Чэргі на мяжы з Літвой растуць пасля падаўжэння абмежаванняў",
            lead: "Вільнюс падоўжыў да канца студзеня абмежаваны рэжым працы двух пунктаў пропуску, што застаюцца адкрытымі на мяжы з Беларуссю. Чэргі грузавікоў з беларускага боку павялічыліся, а спрэчка вакол затрыманых літоўскіх машын так і не вырашаная.",
            body: `<p>Урад Літвы на гэтым тыдні вырашыў захаваць скарочаны графік і меншую колькасць персаналу на пунктах пропуску «Мядзінінкай» і «Шальчынінкай», спаслаўшыся на рызыкі для бяспекі і неабходнасць узмацніць памежны кантроль. Пасажырскі рух працягваецца, але афармленне грузаў прыкметна запаволілася. Паводле Дзяржаўнага памежнага камітэта Беларусі, у сярэдзіне тыдня выезду з краіны чакалі больш за 1500 грузавікоў.</p>
<p>Найвастрэйшае пытанне – некалькі соцень грузавікоў з літоўскай рэгістрацыяй, якія застаюцца на тэрыторыі Беларусі. Мінск настойвае, што для іх вяртання патрэбныя прамыя перамовы паміж урадамі, ад чаго Вільнюс адмаўляецца, лічачы гэта спробай дамагчыся палітычнага прызнання.</p>
<h2>Хто плаціць цану</h2>
<p>Найбольш страчваюць перавозчыкі з абодвух бакоў і жыхары памежных рэгіёнаў, для якіх паездкі па пакупкі і да сваякоў значна ўскладніліся. Беларускія лагістычныя кампаніі перанакіроўваюць патокі праз Латвію і Польшчу, што павялічвае выдаткі.</p>
<p>Хуткага рашэння не відаць. ЕС падтрымлівае пазіцыю Літвы, а Мінск, падобна, гатовы і ў бліжэйшыя месяцы трымаць пытанне адкрытым як козыр на перамовах.</p>`,
            seoDescription:
              "Літва падоўжыла абмежаванні на двух пунктах пропуску на мяжы з Беларуссю: чэргі грузавікоў растуць, спрэчка пра машыны не вырашаная.",
          },
          ru: {
            title: "Очереди на границе с Литвой растут после продления ограничений",
            lead: "Вильнюс продлил до конца января ограниченный режим работы двух пунктов пропуска, остающихся открытыми на границе с Беларусью. Очереди грузовиков с белорусской стороны выросли, а спор вокруг задержанных литовских машин так и не разрешён.",
            body: `<p>Правительство Литвы на этой неделе решило сохранить сокращённый график и уменьшенный штат на пунктах пропуска «Мядининкай» и «Шальчининкай», сославшись на риски для безопасности и необходимость усилить пограничный контроль. Пассажирское движение продолжается, но оформление грузов заметно замедлилось. По данным Государственного пограничного комитета Беларуси, в середине недели выезда из страны ожидали более 1500 грузовиков.</p>
<p>Самый острый вопрос – несколько сотен грузовиков с литовской регистрацией, которые остаются на территории Беларуси. Минск настаивает, что для их возвращения нужны прямые переговоры между правительствами, от чего Вильнюс отказывается, считая это попыткой добиться политического признания.</p>
<h2>Кто платит цену</h2>
<p>Больше всего теряют перевозчики с обеих сторон и жители приграничных регионов, для которых поездки за покупками и к родственникам значительно усложнились. Белорусские логистические компании перенаправляют потоки через Латвию и Польшу, что увеличивает издержки.</p>
<p>Быстрого решения не видно. ЕС поддерживает позицию Литвы, а Минск, по-видимому, готов и в ближайшие месяцы держать вопрос открытым как козырь на переговорах.</p>`,
            seoDescription:
              "Литва продлила ограничения на двух пунктах пропуска на границе с Беларусью: очереди грузовиков растут, спор о машинах не решён.",
          },
        },
      },
    ],
  },
  // ─────────────────────────────────────────────── 2025-12-15
  {
    weekStart: "2025-12-15",
    articles: [
      {
        section: "security",
        trend: "unchanged",
        authors: ["alena-kavalchuk"],
        tags: ["military-exercises", "border"],
        translations: {
          en: {
            title: "Snap Readiness Check Focuses on Air Defence and Territorial Units",
            lead: "A surprise combat readiness inspection this week involved air-defence units and territorial defence formations in the Brest and Homiel regions. The check fits the annual cycle and does not indicate a change in threat assessment, though its timing sends a signal to neighbours.",
            body: `<p>On Tuesday, the Security Council announced a snap inspection of the armed forces. Air-defence units were put on alert and redeployed to reserve positions, while territorial defence formations in the Brest and Homiel regions practised guarding bridges, railway junctions and fuel depots. Several hundred reservists were called up for up to ten days.</p>
<p>Such checks are a routine part of the training year, and the December one is usually used to sum up results before the new cycle begins. Its focus on air defence reflects lessons drawn from the war in Ukraine, in particular the threat posed by low-flying drones.</p>
<p>At the same time, the location of the drills near the borders with Poland and Ukraine is not accidental. Minsk traditionally combines practical training with messaging for external audiences: the authorities want to show that the country is ready for any scenario, while avoiding moves that could be read as preparation for offensive action.</p>
<p>We expect the results to be reviewed at the Defence Ministry’s final board meeting in late December, where the plan for 2026 will be formally approved.</p>`,
            seoDescription:
              "A December snap inspection tested Belarusian air defence and territorial defence units near the Polish and Ukrainian borders.",
          },
          be: {
            title: "У цэнтры раптоўнай праверкі – СПА і тэрытарыяльная абарона",
            lead: "На гэтым тыдні ў раптоўнай праверцы баявой гатоўнасці былі задзейнічаныя падраздзяленні супрацьпаветранай абароны і фарміраванні тэрытарыяльнай абароны ў Брэсцкай і Гомельскай абласцях. Праверка ўпісваецца ў штогадовы цыкл і не сведчыць пра змену ацэнкі пагроз, аднак яе час – сігнал суседзям.",
            body: `<p>У аўторак Савет бяспекі абвясціў раптоўную праверку ўзброеных сіл. Падраздзяленні СПА былі прыведзеныя ў гатоўнасць і перакінутыя на запасныя пазіцыі, а фарміраванні тэрытарыяльнай абароны ў Брэсцкай і Гомельскай абласцях адпрацоўвалі ахову мастоў, чыгуначных вузлоў і складоў паліва. Некалькі соцень ваеннаабавязаных былі прызваныя на зборы тэрмінам да дзесяці дзён.</p>
<p>Такія праверкі – звыклая частка навучальнага года, а снежаньская звычайна выкарыстоўваецца, каб падвесці вынікі перад пачаткам новага цыкла. Акцэнт на СПА адлюстроўвае ўрокі вайны ва Украіне, перадусім пагрозу з боку беспілотнікаў, што ляцяць на малой вышыні.</p>
<p>Разам з тым месца правядзення вучэнняў каля межаў з Польшчай і Украінай не выпадковае. Мінск традыцыйна спалучае практычную падрыхтоўку з сігналамі для знешніх аўдыторый: улады хочуць паказаць, што краіна гатовая да любога сцэнару, і пры гэтым пазбягаюць крокаў, якія маглі б быць успрынятыя як падрыхтоўка да наступальных дзеянняў.</p>
<p>Мяркуем, што вынікі будуць разгледжаныя на выніковай калегіі Міністэрства абароны ў канцы снежня, дзе план на 2026 год будзе афіцыйна зацверджаны.</p>`,
            seoDescription: "Снежаньская раптоўная праверка закранула СПА і тэрытарыяльную абарону каля межаў з Польшчай і Украінай.",
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
            title: "Pre-Holiday Pardon Frees Another Group of Political Prisoners",
            lead: "Aliaksandr Lukashenka has pardoned 31 people convicted under “extremism”-related articles, the largest single release since the autumn. The move continues the policy of gradual, petition-based releases, yet new detentions mean the overall number of political prisoners is falling only slowly.",
            body: `<p>The presidential press service reported on Friday that Aliaksandr Lukashenka had signed pardon decrees for 31 people, including several pensioners and people with serious health conditions. All of them had submitted petitions and, according to the official statement, admitted their guilt. Most were serving sentences for taking part in protests, for comments online or for donations to initiatives designated as extremist.</p>
<p>The release is part of a pattern visible throughout 2025: individual pardons timed to holidays and, increasingly, to diplomatic contacts. The pardon commission appears to have been instructed to process petitions faster, and human rights defenders note that fewer applications are rejected outright.</p>
<p>However, the broader picture changes slowly. Human rights organisations continue to register new politically motivated detentions every week, so the total number of political prisoners has declined only modestly and remains well above one thousand. Released people also face restrictions: many remain under preventive supervision and cannot leave the country.</p>
<p>We expect further releases before the New Year, possibly linked to contacts with the United States. A systemic solution – an amnesty or an end to new prosecutions – is still not on the agenda.</p>`,
            seoDescription:
              "Lukashenka pardoned 31 people convicted on extremism charges before the holidays, but new detentions keep prisoner numbers high.",
          },
          be: {
            title: "Перадсвяточнае памілаванне вызваліла чарговую групу палітвязняў",
            lead: "Аляксандр Лукашэнка памілаваў 31 чалавека, асуджанага паводле «экстрэмісцкіх» артыкулаў, – гэта найбуйнейшае аднаразовае вызваленне з восені. Крок працягвае палітыку паступовых вызваленняў на падставе прашэнняў, аднак новыя затрыманні азначаюць, што агульная колькасць палітвязняў змяншаецца толькі павольна.",
            body: `<p>У пятніцу прэс-служба кіраўніка дзяржавы паведаміла, што Аляксандр Лукашэнка падпісаў указы аб памілаванні 31 чалавека, сярод якіх некалькі пенсіянераў і людзей з цяжкімі захворваннямі. Усе яны падавалі прашэнні і, паводле афіцыйнага паведамлення, прызналі віну. Большасць адбывала пакаранне за ўдзел у пратэстах, каментары ў інтэрнэце або ахвяраванні ініцыятывам, прызнаным экстрэмісцкімі.</p>
<p>Гэтае вызваленне ўпісваецца ў заканамернасць, прыкметную на працягу ўсяго 2025 года: паасобныя памілаванні прымяркоўваюцца да святаў і ўсё часцей – да дыпламатычных кантактаў. Камісія па пытаннях памілавання, падобна, атрымала даручэнне хутчэй разглядаць прашэнні, і праваабаронцы адзначаюць, што адмоў становіцца менш.</p>
<p>Аднак агульная карціна мяняецца павольна. Праваабарончыя арганізацыі кожны тыдзень фіксуюць новыя палітычна матываваныя затрыманні, таму агульная колькасць палітвязняў скарацілася нязначна і па-ранейшаму значна перавышае тысячу. Вызваленыя таксама сутыкаюцца з абмежаваннямі: многія застаюцца пад прэвентыўным наглядам і не могуць выехаць з краіны.</p>
<p>Мы чакаем новых вызваленняў да Новага года, магчыма, звязаных з кантактамі са Злучанымі Штатамі. Сістэмнае рашэнне – амністыя або спыненне новых пераследаў – пакуль не стаіць на парадку дня.</p>`,
            seoDescription:
              "Лукашэнка памілаваў 31 асуджанага па «экстрэмісцкіх» артыкулах, але новыя затрыманні стрымліваюць змяншэнне колькасці палітвязняў.",
          },
          ru: {
            title: "Предпраздничное помилование освободило очередную группу политзаключённых",
            lead: "Александр Лукашенко помиловал 31 человека, осуждённого по «экстремистским» статьям, – это крупнейшее единовременное освобождение с осени. Шаг продолжает политику постепенных освобождений на основании прошений, однако новые задержания означают, что общее число политзаключённых сокращается лишь медленно.",
            body: `<p>В пятницу пресс-служба главы государства сообщила, что Александр Лукашенко подписал указы о помиловании 31 человека, среди которых несколько пенсионеров и людей с тяжёлыми заболеваниями. Все они подавали прошения и, согласно официальному сообщению, признали вину. Большинство отбывали наказание за участие в протестах, комментарии в интернете или пожертвования инициативам, признанным экстремистскими.</p>
<p>Это освобождение вписывается в закономерность, заметную на протяжении всего 2025 года: отдельные помилования приурочиваются к праздникам и всё чаще – к дипломатическим контактам. Комиссия по вопросам помилования, по-видимому, получила поручение быстрее рассматривать прошения, и правозащитники отмечают, что отказов становится меньше.</p>
<p>Однако общая картина меняется медленно. Правозащитные организации каждую неделю фиксируют новые политически мотивированные задержания, поэтому общее число политзаключённых сократилось незначительно и по-прежнему намного превышает тысячу. Освобождённые также сталкиваются с ограничениями: многие остаются под превентивным надзором и не могут выехать из страны.</p>
<p>Мы ожидаем новых освобождений до Нового года, возможно, связанных с контактами с Соединёнными Штатами. Системное решение – амнистия или прекращение новых преследований – пока не стоит на повестке дня.</p>`,
            seoDescription:
              "Лукашенко помиловал 31 осуждённого по «экстремистским» статьям, но новые задержания тормозят сокращение числа политзаключённых.",
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
            title: "November Inflation Data Put the Annual Target Out of Reach",
            lead: "Consumer prices rose by 0.8% in November, lifting annual inflation to 7.1%. With one month left, the 5% target for 2025 is unattainable, and the authorities are relying ever more heavily on administrative price controls.",
            body: `<p>According to Belstat, food was the main driver of the November increase, with vegetables, dairy products and meat all becoming noticeably more expensive. Services rose by 0.6% and non-food goods by 0.5%. Core inflation, which excludes regulated and seasonal prices, reached 7.4% year on year – a sign that price pressure is broad rather than seasonal.</p>
<p>The government’s response remains largely administrative. The list of goods with capped mark-ups has been extended again, and regional executive committees have been instructed to inspect retail chains more often. Such measures restrain headline figures in the short run but cause shortages of certain products and squeeze producers’ margins.</p>
<p>The National Bank kept its refinancing rate unchanged at 9.75%, signalling that it prefers to fight inflation through price regulation rather than through tighter monetary policy on the eve of a new budget year. Real wages continue to grow faster than labour productivity, fuelled by staff shortages across the economy.</p>
<ul><li>Annual inflation, November 2025: 7.1%</li><li>Official target for 2025: 5%</li><li>Expected year-end figure: 7–7.5%</li></ul>`,
            seoDescription:
              "Annual inflation in Belarus reached 7.1% in November, putting the 5% target out of reach as the state leans on price controls.",
          },
          be: {
            title: "Звесткі пра інфляцыю за лістапад робяць мэту на год недасягальнай",
            lead: "У лістападзе спажывецкія цэны выраслі на 0,8%, а гадавая інфляцыя дасягнула 7,1%. За месяц да канца года мэтавы паказчык 5% на 2025 год недасягальны, і ўлады ўсё больш абапіраюцца на адміністрацыйнае рэгуляванне цэн.",
            body: `<p>Паводле звестак Белстата, галоўным фактарам лістападаўскага росту сталі харчовыя тавары: прыкметна падаражэлі гародніна, малочная прадукцыя і мяса. Паслугі падаражэлі на 0,6%, нехарчовыя тавары – на 0,5%. Базавая інфляцыя, якая не ўлічвае рэгуляваныя і сезонныя цэны, дасягнула 7,4% у гадавым вылічэнні – знак таго, што цэнавы ціск мае шырокі, а не сезонны характар.</p>
<p>Адказ урада застаецца пераважна адміністрацыйным. Пералік тавараў з абмежаванымі гандлёвымі надбаўкамі зноў пашыраны, а аблвыканкамам даручана часцей правяраць гандлёвыя сеткі. Такія меры стрымліваюць агульныя паказчыкі ў кароткатэрміновай перспектыве, але выклікаюць дэфіцыт асобных тавараў і скарачаюць маржу вытворцаў.</p>
<p>Нацыянальны банк пакінуў стаўку рэфінансавання нязменнай на ўзроўні 9,75%, даўшы зразумець, што аддае перавагу барацьбе з інфляцыяй праз рэгуляванне цэн, а не праз больш жорсткую грашова-крэдытную палітыку напярэдадні новага бюджэтнага года. Рэальныя заробкі і далей растуць хутчэй за прадукцыйнасць працы, чаму спрыяе нястача кадраў ва ўсёй эканоміцы.</p>
<ul><li>Гадавая інфляцыя ў лістападзе 2025 года: 7,1%</li><li>Афіцыйная мэта на 2025 год: 5%</li><li>Чаканы паказчык на канец года: 7–7,5%</li></ul>`,
            seoDescription: "Гадавая інфляцыя ў лістападзе дасягнула 7,1%: мэта ў 5% недасягальная, а ўлады робяць стаўку на кантроль цэн.",
          },
          ru: {
            title: "Данные по инфляции за ноябрь делают годовую цель недостижимой",
            lead: "В ноябре потребительские цены выросли на 0,8%, а годовая инфляция достигла 7,1%. За месяц до конца года целевой показатель 5% на 2025 год недостижим, и власти всё больше опираются на административное регулирование цен.",
            body: `<p>По данным Белстата, главным фактором ноябрьского роста стали продовольственные товары: заметно подорожали овощи, молочная продукция и мясо. Услуги подорожали на 0,6%, непродовольственные товары – на 0,5%. Базовая инфляция, не учитывающая регулируемые и сезонные цены, достигла 7,4% в годовом выражении – признак того, что ценовое давление носит широкий, а не сезонный характер.</p>
<p>Ответ правительства остаётся преимущественно административным. Перечень товаров с ограниченными торговыми надбавками вновь расширен, а облисполкомам поручено чаще проверять торговые сети. Такие меры сдерживают общие показатели в краткосрочной перспективе, но вызывают дефицит отдельных товаров и сокращают маржу производителей.</p>
<p>Национальный банк оставил ставку рефинансирования без изменений на уровне 9,75%, дав понять, что предпочитает бороться с инфляцией через регулирование цен, а не через ужесточение денежно-кредитной политики накануне нового бюджетного года. Реальные зарплаты по-прежнему растут быстрее производительности труда, чему способствует нехватка кадров во всей экономике.</p>
<ul><li>Годовая инфляция в ноябре 2025 года: 7,1%</li><li>Официальная цель на 2025 год: 5%</li><li>Ожидаемый показатель на конец года: 7–7,5%</li></ul>`,
            seoDescription: "Годовая инфляция в ноябре достигла 7,1%: цель в 5% недостижима, а власти делают ставку на контроль цен.",
          },
        },
      },
      {
        section: "belarus-west",
        trend: "improved",
        authors: ["andrei-zhuk"],
        tags: ["sanctions", "political-prisoners"],
        translations: {
          en: {
            title: "US Delegation in Minsk Keeps the Release-for-Relief Track Alive",
            lead: "A US State Department delegation held talks in Minsk this week, the third such visit this year. Discussions focused on further prisoner releases and a possible easing of sanctions on aviation and potash transit, but no formal agreement was announced.",
            body: `<p>The delegation was received by Aliaksandr Lukashenka and held separate meetings at the Foreign Ministry. Official Belarusian reports described the talks as “substantive” and mentioned “humanitarian issues” and “economic cooperation”. The American side, as before, limited itself to a short statement confirming the visit.</p>
<p>The logic of the process is now well established. Minsk releases groups of prisoners, including foreign citizens, and Washington responds with targeted steps: licences for the supply of aircraft spare parts, contacts on potash logistics, the return of a diplomatic presence in some form. Each step is small, but together they change the tone of the relationship.</p>
<p>The main constraint lies elsewhere. The European Union, and above all Lithuania and Poland, view US–Belarusian contacts with caution, fearing that concessions will be matched neither by an end to repression nor by a change in Minsk’s military alignment with Moscow. Without the EU, any relief for potash exports via the Baltic ports remains theoretical.</p>
<p>We expect another group release before the end of the year and a continued quiet dialogue in early 2026.</p>`,
            seoDescription:
              "A US delegation held talks with Lukashenka in Minsk on prisoner releases and limited sanctions relief; no formal deal was announced.",
          },
          be: {
            title: "Дэлегацыя ЗША ў Мінску падтрымлівае трэк «вызваленні ў абмен на саступкі»",
            lead: "На гэтым тыдні ў Мінску правяла перамовы дэлегацыя Дзяржаўнага дэпартамента ЗША – гэта ўжо трэці такі візіт сёлета. Размова ішла пра новыя вызваленні палітвязняў і магчымае змякчэнне санкцый супраць авіяцыі і транзіту калію, аднак афіцыйных дамоўленасцяў не абвешчана.",
            body: `<p>Дэлегацыю прыняў Аляксандр Лукашэнка, таксама адбыліся асобныя сустрэчы ў Міністэрстве замежных спраў. Беларускія афіцыйныя паведамленні назвалі перамовы «змястоўнымі» і згадалі «гуманітарныя пытанні» і «эканамічнае супрацоўніцтва». Амерыканскі бок, як і раней, абмежаваўся кароткай заявай, якая пацвердзіла візіт.</p>
<p>Логіка працэсу ўжо добра вядомая. Мінск вызваляе групы зняволеных, у тым ліку замежных грамадзян, а Вашынгтон адказвае адраснымі крокамі: ліцэнзіямі на пастаўкі запчастак для самалётаў, кантактамі па лагістыцы калію, аднаўленнем дыпламатычнай прысутнасці ў той ці іншай форме. Кожны крок невялікі, але разам яны мяняюць тон адносін.</p>
<p>Галоўнае абмежаванне – у іншым. Еўрапейскі саюз, і перадусім Літва і Польшча, ставяцца да беларуска-амерыканскіх кантактаў насцярожана, асцерагаючыся, што саступкі не будуць суправаджацца ні спыненнем рэпрэсій, ні зменай вайсковай арыентацыі Мінска на Маскву. Без ЕС любое паслабленне санкцый для экспарту калію праз балтыйскія парты застаецца тэарэтычным.</p>
<p>Чакаем яшчэ аднаго групавога вызвалення да канца года і працягу ціхага дыялогу ў пачатку 2026 года.</p>`,
            seoDescription:
              "Дэлегацыя ЗША правяла ў Мінску перамовы з Лукашэнкам пра вызваленні і паслабленне санкцый, але дамоўленасцяў не абвешчана.",
          },
          ru: {
            title: "Делегация США в Минске поддерживает трек «освобождения в обмен на уступки»",
            lead: "На этой неделе в Минске провела переговоры делегация Государственного департамента США – это уже третий такой визит в этом году. Речь шла о новых освобождениях политзаключённых и возможном смягчении санкций в отношении авиации и транзита калия, однако официальных договорённостей объявлено не было.",
            body: `<p>Делегацию принял Александр Лукашенко, также прошли отдельные встречи в Министерстве иностранных дел. Белорусские официальные сообщения назвали переговоры «содержательными» и упомянули «гуманитарные вопросы» и «экономическое сотрудничество». Американская сторона, как и прежде, ограничилась коротким заявлением, подтвердившим визит.</p>
<p>Логика процесса уже хорошо известна. Минск освобождает группы заключённых, в том числе иностранных граждан, а Вашингтон отвечает адресными шагами: лицензиями на поставки запчастей для самолётов, контактами по логистике калия, восстановлением дипломатического присутствия в той или иной форме. Каждый шаг невелик, но вместе они меняют тон отношений.</p>
<p>Главное ограничение – в другом. Европейский союз, и прежде всего Литва и Польша, относятся к белорусско-американским контактам настороженно, опасаясь, что уступки не будут сопровождаться ни прекращением репрессий, ни изменением военной ориентации Минска на Москву. Без ЕС любое ослабление санкций для экспорта калия через балтийские порты остаётся теоретическим.</p>
<p>Ожидаем ещё одного группового освобождения до конца года и продолжения тихого диалога в начале 2026 года.</p>`,
            seoDescription:
              "Делегация США провела в Минске переговоры с Лукашенко об освобождениях и ослаблении санкций, но договорённостей не объявлено.",
          },
        },
      },
    ],
  },
  // ─────────────────────────────────────────────── 2025-12-22
  {
    weekStart: "2025-12-22",
    articles: [
      {
        section: "security",
        trend: "worsened",
        authors: ["alena-kavalchuk"],
        tags: ["budget", "union-state"],
        translations: {
          en: {
            title: "Defence Board Approves 2026 Plan as Military Spending Climbs Again",
            lead: "The Defence Ministry’s year-end board has formally approved next year’s plan. Spending on defence and national security will rise by about 15% in nominal terms, with procurement concentrated on air defence, drones and equipment for the joint regional grouping of forces with Russia.",
            body: `<p>The last board meeting of the year reviewed the results of the training cycle, including the December snap inspection, and approved the combat training plan for 2026 without significant changes to the draft presented at the beginning of the month. The budget law adopted earlier in December shows that allocations for defence and security will once again outpace overall spending growth.</p>
<h2>Where the money goes</h2>
<ul><li>short- and medium-range air-defence systems, mostly of Russian origin;</li><li>domestically assembled reconnaissance and strike drones;</li><li>infrastructure for the Regional Grouping of Forces of Belarus and Russia.</li></ul>
<p>The direction is consistent with the trend of recent years: closer operational integration with the Russian armed forces and more resources for capabilities tested in the war in Ukraine. The domestic defence industry stands to benefit, but its dependence on Russian components remains high, and several programmes have already slipped because of supply delays.</p>
<p>The growth in spending is a worsening signal for regional security, even if it does not translate into an immediate threat. Neighbours will read it as confirmation that Minsk’s military planning is fully aligned with Moscow’s, and they are likely to respond with further investment in their own border defences.</p>`,
            seoDescription:
              "Belarus approved its 2026 defence plan: military spending rises about 15%, focused on air defence, drones and the joint force with Russia.",
          },
          be: {
            title: "Калегія Мінабароны зацвердзіла план на 2026 год, вайсковыя выдаткі зноў растуць",
            lead: "Выніковая калегія Міністэрства абароны афіцыйна зацвердзіла план на наступны год. Выдаткі на абарону і нацыянальную бяспеку вырастуць прыкладна на 15% у намінальным выразе, а закупкі будуць засяроджаныя на СПА, беспілотніках і тэхніцы для агульнай рэгіянальнай групоўкі войскаў Беларусі і Расіі.",
            body: `<p>Апошняя ў гэтым годзе калегія падвяла вынікі навучальнага цыкла, у тым ліку снежаньскай раптоўнай праверкі, і зацвердзіла план баявой падрыхтоўкі на 2026 год без істотных змен у параўнанні з праектам, прадстаўленым на пачатку месяца. Закон пра бюджэт, ухвалены ў снежні, сведчыць, што выдаткі на абарону і бяспеку зноў будуць расці хутчэй за агульныя выдаткі.</p>
<h2>Куды ідуць грошы</h2>
<ul><li>зенітныя ракетныя комплексы малой і сярэдняй далёкасці, пераважна расійскай вытворчасці;</li><li>беспілотнікі-разведчыкі і ўдарныя дроны айчыннай зборкі;</li><li>інфраструктура Рэгіянальнай групоўкі войскаў Беларусі і Расіі.</li></ul>
<p>Гэты напрамак адпавядае тэндэнцыі апошніх гадоў: больш цеснай аператыўнай інтэграцыі з расійскімі ўзброенымі сіламі і большым рэсурсам для сродкаў, апрабаваных у вайне ва Украіне. Айчынная абаронная прамысловасць атрымае выгаду, аднак яе залежнасць ад расійскіх камплектуючых застаецца высокай, і некалькі праграм ужо адстаюць ад графіка з-за затрымак з пастаўкамі.</p>
<p>Рост выдаткаў – трывожны сігнал для рэгіянальнай бяспекі, нават калі ён не азначае непасрэднай пагрозы. Суседзі ўспрымуць яго як пацверджанне таго, што вайсковае планаванне Мінска цалкам узгодненае з маскоўскім, і, хутчэй за ўсё, адкажуць новымі ўкладаннямі ва ўмацаванне ўласных межаў.</p>`,
            seoDescription:
              "План абароны на 2026 год зацверджаны: вайсковыя выдаткі растуць на 15%, у прыярытэце СПА, дроны і групоўка войскаў з Расіяй.",
          },
          ru: {
            title: "Коллегия Минобороны утвердила план на 2026 год, военные расходы снова растут",
            lead: "Итоговая коллегия Министерства обороны официально утвердила план на следующий год. Расходы на оборону и национальную безопасность вырастут примерно на 15% в номинальном выражении, а закупки будут сосредоточены на ПВО, беспилотниках и технике для общей региональной группировки войск Беларуси и России.",
            body: `<p>Последняя в этом году коллегия подвела итоги учебного цикла, в том числе декабрьской внезапной проверки, и утвердила план боевой подготовки на 2026 год без существенных изменений по сравнению с проектом, представленным в начале месяца. Закон о бюджете, принятый в декабре, показывает, что расходы на оборону и безопасность вновь будут расти быстрее общих расходов.</p>
<h2>Куда идут деньги</h2>
<ul><li>зенитные ракетные комплексы малой и средней дальности, преимущественно российского производства;</li><li>беспилотники-разведчики и ударные дроны отечественной сборки;</li><li>инфраструктура Региональной группировки войск Беларуси и России.</li></ul>
<p>Это направление соответствует тенденции последних лет: более тесной оперативной интеграции с российскими вооружёнными силами и большим ресурсам для средств, опробованных в войне в Украине. Отечественная оборонная промышленность получит выгоду, однако её зависимость от российских комплектующих остаётся высокой, и несколько программ уже отстают от графика из-за задержек поставок.</p>
<p>Рост расходов – тревожный сигнал для региональной безопасности, даже если он не означает непосредственной угрозы. Соседи воспримут его как подтверждение того, что военное планирование Минска полностью согласовано с московским, и, скорее всего, ответят новыми вложениями в укрепление собственных границ.</p>`,
            seoDescription:
              "План обороны на 2026 год утверждён: военные расходы растут на 15%, в приоритете ПВО, дроны и группировка войск с Россией.",
          },
        },
      },
      {
        section: "domestic-politics",
        trend: "unchanged",
        authors: ["pavel-hrynevich"],
        tags: ["civil-society"],
        translations: {
          en: {
            title: "Re-registration Campaign Leaves a Smaller, Tightly Controlled Civic Sector",
            lead: "The Justice Ministry has summed up the compulsory re-registration of public associations. The number of registered organisations has fallen by more than a third since 2021, and those that remain operate under close supervision, mostly in sport, veterans’ affairs and hobby activities.",
            body: `<p>According to the ministry’s year-end report, just over 1,700 public associations are now registered in Belarus. Several hundred organisations did not apply for re-registration, and dozens of applications were rejected over “inconsistencies” in their charters. Groups working on human rights, the environment or local history were disproportionately affected.</p>
<p>The remaining sector is dominated by structures close to the state: the Belarusian Republican Youth Union, veterans’ organisations, sports federations and trade unions belonging to the official federation. Independent initiatives that still exist have largely moved to informal formats or work from abroad.</p>
<p>For the authorities, the campaign completes the reorganisation of civil society that began in 2021. The new model relies on a limited number of loyal “partners” that receive state contracts and grants, while any unregistered activity carries legal risks. Even apolitical groups, such as parents’ associations or local heritage clubs, now prefer to stay invisible rather than seek registration.</p>
<p>We do not expect a new wave of liquidations in the near term: the goal has largely been achieved. The pressure will now shift to individual activists and online communities.</p>`,
            seoDescription:
              "Belarus’s Justice Ministry completed NGO re-registration: the civic sector has shrunk by a third since 2021 and is tightly controlled.",
          },
          be: {
            title: "Перарэгістрацыя пакінула меншы і жорстка кантраляваны грамадскі сектар",
            lead: "Міністэрства юстыцыі падвяло вынікі абавязковай перарэгістрацыі грамадскіх аб’яднанняў. Колькасць зарэгістраваных арганізацый з 2021 года скарацілася больш чым на траціну, а тыя, што засталіся, працуюць пад пільным наглядам – пераважна ў сферы спорту, ветэранскіх спраў і хобі.",
            body: `<p>Паводле выніковай справаздачы міністэрства, цяпер у Беларусі зарэгістравана крыху больш за 1700 грамадскіх аб’яднанняў. Некалькі соцень арганізацый не падалі заяваў на перарэгістрацыю, а дзясяткам было адмоўлена з-за «неадпаведнасцяў» у статутах. Непрапарцыйна пацярпелі праваабарончыя, экалагічныя і краязнаўчыя арганізацыі.</p>
<p>У сектары, які застаўся, дамінуюць структуры, блізкія да дзяржавы: Беларускі рэспубліканскі саюз моладзі, ветэранскія арганізацыі, спартыўныя федэрацыі і прафсаюзы, што ўваходзяць у афіцыйную федэрацыю. Незалежныя ініцыятывы, якія яшчэ існуюць, у асноўным перайшлі ў нефармальныя фарматы або працуюць з-за мяжы.</p>
<p>Для ўлады кампанія завяршае перабудову грамадзянскай супольнасці, пачатую ў 2021 годзе. Новая мадэль абапіраецца на абмежаваную колькасць лаяльных «партнёраў», якія атрымліваюць дзяржаўныя заказы і гранты, тады як любая незарэгістраваная дзейнасць нясе юрыдычныя рызыкі. Нават апалітычныя групы, напрыклад бацькоўскія суполкі або краязнаўчыя клубы, цяпер аддаюць перавагу непрыкметнасці, а не рэгістрацыі.</p>
<p>Новай хвалі ліквідацый у бліжэйшы час мы не чакаем: мэта ў асноўным дасягнутая. Ціск цяпер пераключыцца на асобных актывістаў і анлайн-супольнасці.</p>`,
            seoDescription:
              "Мінюст завяршыў перарэгістрацыю грамадскіх аб’яднанняў: з 2021 года сектар скараціўся на траціну і цалкам кантралюецца.",
          },
          ru: {
            title: "Перерегистрация оставила меньший и жёстко контролируемый общественный сектор",
            lead: "Министерство юстиции подвело итоги обязательной перерегистрации общественных объединений. Число зарегистрированных организаций с 2021 года сократилось более чем на треть, а оставшиеся работают под пристальным надзором – преимущественно в сфере спорта, ветеранских дел и хобби.",
            body: `<p>Согласно итоговому отчёту министерства, сейчас в Беларуси зарегистрировано чуть более 1700 общественных объединений. Несколько сотен организаций не подали заявлений на перерегистрацию, а десяткам было отказано из-за «несоответствий» в уставах. Непропорционально пострадали правозащитные, экологические и краеведческие организации.</p>
<p>В оставшемся секторе доминируют структуры, близкие к государству: Белорусский республиканский союз молодёжи, ветеранские организации, спортивные федерации и профсоюзы, входящие в официальную федерацию. Независимые инициативы, которые ещё существуют, в основном перешли в неформальные форматы или работают из-за рубежа.</p>
<p>Для власти кампания завершает перестройку гражданского общества, начатую в 2021 году. Новая модель опирается на ограниченное число лояльных «партнёров», получающих государственные заказы и гранты, тогда как любая незарегистрированная деятельность несёт юридические риски. Даже аполитичные группы, например родительские объединения или краеведческие клубы, теперь предпочитают оставаться незаметными, а не добиваться регистрации.</p>
<p>Новой волны ликвидаций в ближайшее время мы не ожидаем: цель в основном достигнута. Давление теперь переключится на отдельных активистов и онлайн-сообщества.</p>`,
            seoDescription:
              "Минюст завершил перерегистрацию общественных объединений: с 2021 года сектор сократился на треть и полностью подконтролен.",
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
            title: "Labour Shortage Pushes the Government to Expand Foreign Recruitment",
            lead: "The Council of Ministers has approved a plan to nearly double the intake of foreign workers in 2026. The decision acknowledges that demographic decline and emigration have turned labour shortages into a structural constraint on growth.",
            body: `<p>Under the new plan, Belarusian employers will be able to recruit up to 40,000 workers from abroad next year, mainly from Central and South Asia. Construction, meat processing, agriculture and road haulage top the list of sectors. Procedures for issuing work permits are to be simplified, and state recruitment agencies will be allowed to sign direct agreements with partner countries.</p>
<p>The shift is notable for a government that long regarded labour migration primarily as an outflow to be stopped. Yet the numbers leave little choice: the working-age population continues to shrink, and the outflow to Russia, Poland and Lithuania has not been reversed. Vacancies now exceed the number of registered job seekers many times over.</p>
<p>Foreign recruitment will not solve the problem. Migrants are concentrated in low-wage jobs, while the shortage is most acute among engineers, doctors and IT specialists. Integration policy is also lacking: there are few language courses and no clear rules for family reunification.</p>
<p>Expect rising wages in the hardest-hit sectors and more pressure on regional authorities to retain graduates.</p>`,
            seoDescription:
              "Belarus plans to nearly double foreign worker recruitment in 2026 as emigration and demographic decline deepen labour shortages.",
          },
          be: {
            title: "Дэфіцыт кадраў падштурхоўвае ўрад пашыраць наём замежных работнікаў",
            lead: "Савет Міністраў зацвердзіў план амаль удвая павялічыць прыцягненне замежных работнікаў у 2026 годзе. Рашэнне сведчыць пра прызнанне таго, што дэмаграфічны спад і эміграцыя ператварылі нястачу кадраў у структурнае абмежаванне росту.",
            body: `<p>Паводле новага плана, беларускія наймальнікі ў наступным годзе змогуць прыцягнуць з-за мяжы да 40 тысяч работнікаў, пераважна з Цэнтральнай і Паўднёвай Азіі. Першыя радкі ў спісе галін займаюць будаўніцтва, мясаперапрацоўка, сельская гаспадарка і аўтаперавозкі. Працэдуры выдачы дазволаў на працу будуць спрошчаныя, а дзяржаўныя кадравыя агенцтвы атрымаюць права заключаць прамыя пагадненні з краінамі-партнёрамі.</p>
<p>Такі паварот прыкметны для ўрада, які доўга ўспрымаў працоўную міграцыю перадусім як адток, што трэба спыніць. Аднак лічбы пакідаюць мала выбару: насельніцтва працаздольнага ўзросту працягвае скарачацца, а адток у Расію, Польшчу і Літву так і не ўдалося пераламаць. Колькасць вакансій цяпер у некалькі разоў перавышае колькасць зарэгістраваных беспрацоўных.</p>
<p>Наём замежнікаў праблемы не вырашыць. Мігранты засяроджаныя на нізкааплатных працоўных месцах, тады як найвастрэйшы дэфіцыт – сярод інжынераў, лекараў і IT-спецыялістаў. Не хапае і палітыкі інтэграцыі: моўных курсаў мала, а ясных правілаў уз’яднання сем’яў няма.</p>
<p>Варта чакаць росту заробкаў у найбольш закранутых галінах і большага ціску на рэгіянальныя ўлады, каб утрымаць выпускнікоў.</p>`,
            seoDescription:
              "Беларусь плануе амаль удвая павялічыць наём замежных работнікаў у 2026 годзе на фоне эміграцыі і дэмаграфічнага спаду.",
          },
          ru: {
            title: "Дефицит кадров подталкивает правительство расширять наём иностранных работников",
            lead: "Совет Министров утвердил план почти вдвое увеличить привлечение иностранных работников в 2026 году. Решение означает признание того, что демографический спад и эмиграция превратили нехватку кадров в структурное ограничение роста.",
            body: `<p>Согласно новому плану, белорусские наниматели в следующем году смогут привлечь из-за рубежа до 40 тысяч работников, преимущественно из Центральной и Южной Азии. Первые строчки в списке отраслей занимают строительство, мясопереработка, сельское хозяйство и автоперевозки. Процедуры выдачи разрешений на работу будут упрощены, а государственные кадровые агентства получат право заключать прямые соглашения со странами-партнёрами.</p>
<p>Такой поворот примечателен для правительства, которое долго воспринимало трудовую миграцию прежде всего как отток, который нужно остановить. Однако цифры оставляют мало выбора: население трудоспособного возраста продолжает сокращаться, а отток в Россию, Польшу и Литву так и не удалось переломить. Число вакансий теперь в несколько раз превышает число зарегистрированных безработных.</p>
<p>Наём иностранцев проблему не решит. Мигранты сосредоточены на низкооплачиваемых рабочих местах, тогда как острее всего дефицит среди инженеров, врачей и IT-специалистов. Не хватает и политики интеграции: языковых курсов мало, а ясных правил воссоединения семей нет.</p>
<p>Следует ожидать роста зарплат в наиболее пострадавших отраслях и усиления давления на региональные власти, чтобы удержать выпускников.</p>`,
            seoDescription:
              "Беларусь планирует почти вдвое увеличить наём иностранных работников в 2026 году на фоне эмиграции и демографического спада.",
          },
        },
      },
      {
        section: "economy",
        trend: "improved",
        authors: ["maryna-lapitskaya"],
        tags: ["china", "trade"],
        translations: {
          en: {
            title: "Great Stone Park Signs New Residents as China Ties Deepen",
            lead: "The China–Belarus industrial park Great Stone registered five new residents this month, bringing the year’s investment commitments to a record. The projects are modest in size, but they point to a gradual diversification of Belarus’s economic partners beyond Russia.",
            body: `<p>The new residents include manufacturers of electric-vehicle components, medical equipment and parts for agricultural machinery, with combined declared investment of about $120 million. Three of the five are Chinese companies; the other two are joint ventures with Belarusian state-owned plants. The park administration reports that more than 140 residents are now registered.</p>
<p>Trade with China also continued to grow in 2025: according to customs data, turnover rose by about 9% in the first eleven months, although the balance remains heavily in China’s favour. Belarusian exports are dominated by potash, wood products and food, while imports consist of machinery, electronics and cars. Beijing has become more cautious with new state loans, preferring projects with clear commercial returns.</p>
<ul><li>The park depends heavily on special tax and customs preferences.</li><li>Logistics through Russia raises costs and creates sanctions risks.</li><li>Actual output still lags far behind declared investment.</li></ul>
<p>In the short term, Great Stone offers Minsk a welcome narrative of economic openness. Whether it becomes a real engine of growth depends on access to markets beyond the Eurasian Economic Union.</p>`,
            seoDescription:
              "Five new residents joined the Great Stone industrial park in December as trade with China grew, though the imbalance persists.",
          },
          be: {
            title: "Парк «Вялікі камень» прыцягнуў новых рэзідэнтаў на фоне збліжэння з Кітаем",
            lead: "У кітайска-беларускім індустрыяльным парку «Вялікі камень» у гэтым месяцы зарэгістраваліся пяць новых рэзідэнтаў, і аб’ём інвестыцыйных абавязацельстваў за год дасягнуў рэкорду. Праекты невялікія, аднак сведчаць пра паступовую дыверсіфікацыю эканамічных партнёраў Беларусі апрача Расіі.",
            body: `<p>Сярод новых рэзідэнтаў – вытворцы кампанентаў для электрамабіляў, медыцынскага абсталявання і дэталяў для сельскагаспадарчай тэхнікі; іх сумарныя заяўленыя інвестыцыі складаюць каля $120 млн. Тры з пяці – кітайскія кампаніі, яшчэ дзве – сумесныя прадпрыемствы з беларускімі дзяржаўнымі заводамі. Паводле адміністрацыі парка, цяпер у ім зарэгістравана больш за 140 рэзідэнтаў.</p>
<p>Гандаль з Кітаем у 2025 годзе таксама працягваў расці: паводле мытных даных, за адзінаццаць месяцаў тавараабарот павялічыўся прыкладна на 9%, хоць сальда застаецца моцна на карысць Кітая. У беларускім экспарце дамінуюць калій, вырабы з дрэва і харчовая прадукцыя, а ў імпарце – машыны і абсталяванне, электроніка і аўтамабілі. Пекін стаў больш асцярожным з новымі дзяржаўнымі крэдытамі і аддае перавагу праектам з відавочнай камерцыйнай акупнасцю.</p>
<ul><li>Парк моцна залежыць ад спецыяльных падатковых і мытных прэферэнцый.</li><li>Лагістыка праз Расію павышае выдаткі і стварае санкцыйныя рызыкі.</li><li>Рэальны выпуск прадукцыі пакуль значна адстае ад заяўленых інвестыцый.</li></ul>
<p>У кароткатэрміновай перспектыве «Вялікі камень» дае Мінску зручны наратыў эканамічнай адкрытасці. Ці стане ён сапраўдным рухавіком росту, залежыць ад доступу на рынкі за межамі Еўразійскага эканамічнага саюза.</p>`,
            seoDescription:
              "У снежні ў парк «Вялікі камень» прыйшлі пяць новых рэзідэнтаў; гандаль з Кітаем расце, але дысбаланс захоўваецца.",
          },
          ru: {
            title: "Парк «Великий камень» привлёк новых резидентов на фоне сближения с Китаем",
            lead: "В китайско-белорусском индустриальном парке «Великий камень» в этом месяце зарегистрировались пять новых резидентов, а объём инвестиционных обязательств за год достиг рекорда. Проекты невелики, однако свидетельствуют о постепенной диверсификации экономических партнёров Беларуси помимо России.",
            body: `<p>Среди новых резидентов – производители компонентов для электромобилей, медицинского оборудования и деталей для сельскохозяйственной техники; их суммарные заявленные инвестиции составляют около $120 млн. Три из пяти – китайские компании, ещё две – совместные предприятия с белорусскими государственными заводами. По данным администрации парка, сейчас в нём зарегистрировано более 140 резидентов.</p>
<p>Торговля с Китаем в 2025 году также продолжала расти: по таможенным данным, за одиннадцать месяцев товарооборот увеличился примерно на 9%, хотя сальдо остаётся сильно в пользу Китая. В белорусском экспорте доминируют калий, изделия из древесины и продовольствие, а в импорте – машины и оборудование, электроника и автомобили. Пекин стал осторожнее с новыми государственными кредитами и отдаёт предпочтение проектам с очевидной коммерческой окупаемостью.</p>
<ul><li>Парк сильно зависит от специальных налоговых и таможенных преференций.</li><li>Логистика через Россию повышает издержки и создаёт санкционные риски.</li><li>Реальный выпуск продукции пока значительно отстаёт от заявленных инвестиций.</li></ul>
<p>В краткосрочной перспективе «Великий камень» даёт Минску удобный нарратив экономической открытости. Станет ли он настоящим двигателем роста, зависит от доступа на рынки за пределами Евразийского экономического союза.</p>`,
            seoDescription:
              "В декабре в парк «Великий камень» пришли пять новых резидентов; торговля с Китаем растёт, но дисбаланс сохраняется.",
          },
        },
      },
      {
        section: "belarus-russia",
        trend: "improved",
        authors: ["andrei-zhuk"],
        tags: ["energy", "union-state"],
        translations: {
          en: {
            title: "Gas Price for 2026 Frozen, With Integration Strings Attached",
            lead: "Minsk and Moscow have agreed to keep the gas price for 2026 at this year’s level. The deal secures a key subsidy for Belarusian industry, but it comes with a road map on a unified gas market that narrows Minsk’s room for manoeuvre.",
            body: `<p>Aliaksandr Lukashenka announced the agreement at a meeting with the government on Tuesday, presenting it as proof of the tangible benefits of the alliance with Russia. The price, set in Russian roubles, is equivalent to roughly $128 per thousand cubic metres – several times lower than in the European Union.</p>
<p>As expected, the price freeze is accompanied by a separate protocol. It sets out steps towards a unified gas market of the Union State, including the harmonisation of transit tariffs and rules of access to the pipeline network, with a target date in 2027. Similar road maps have slipped before, but each one adds legally binding provisions.</p>
<p>For the Belarusian economy, the outcome is clearly positive: it protects the finances of the housing and utilities sector and keeps the petrochemical and fertiliser industries competitive. The cost is political. Energy dependence on Russia remains near-total, and Moscow retains a lever it can use whenever integration stalls.</p>
<p>The next test will be the annual talks on oil supplies and on compensation for the Russian tax manoeuvre, expected in the first quarter.</p>`,
            seoDescription:
              "Belarus keeps its Russian gas price for 2026 unchanged, but the deal includes a road map towards a unified Union State gas market.",
          },
          be: {
            title: "Цана газу на 2026 год замарожаная, але з інтэграцыйнымі ўмовамі",
            lead: "Мінск і Масква дамовіліся захаваць цану на газ на 2026 год на сёлетнім узроўні. Пагадненне забяспечвае ключавую субсідыю для беларускай прамысловасці, аднак суправаджаецца дарожнай картай па адзіным рынку газу, якая звужае поле для манеўру Мінска.",
            body: `<p>Аляксандр Лукашэнка абвясціў пра дамоўленасць у аўторак на нарадзе з урадам, прадставіўшы яе як доказ адчувальнай карысці ад саюза з Расіяй. Цана, вызначаная ў расійскіх рублях, эквівалентная прыкладна $128 за тысячу кубаметраў – у некалькі разоў ніжэй, чым у Еўрапейскім саюзе.</p>
<p>Як і чакалася, замарожванне цаны суправаджаецца асобным пратаколам. Ён вызначае крокі да адзінага рынку газу Саюзнай дзяржавы, у тым ліку гарманізацыю транзітных тарыфаў і правілаў доступу да газатранспартнай сеткі, з мэтавай датай у 2027 годзе. Падобныя дарожныя карты ўжо не раз пераносіліся, аднак кожная з іх дадае юрыдычна абавязковыя пункты.</p>
<p>Для беларускай эканомікі вынік адназначна станоўчы: ён абараняе фінансы жыллёва-камунальнай гаспадаркі і захоўвае канкурэнтаздольнасць нафтахіміі і вытворчасці ўгнаенняў. Цана гэтага – палітычная. Энергетычная залежнасць ад Расіі застаецца амаль поўнай, а Масква захоўвае рычаг, якім можа скарыстацца, калі інтэграцыя буксуе.</p>
<p>Наступнай праверкай стануць штогадовыя перамовы пра пастаўкі нафты і кампенсацыю за расійскі падатковы манеўр, якія чакаюцца ў першым квартале.</p>`,
            seoDescription:
              "Цана расійскага газу для Беларусі на 2026 год не зменіцца, але пагадненне ўключае дарожную карту адзінага рынку газу.",
          },
          ru: {
            title: "Цена газа на 2026 год заморожена, но с интеграционными условиями",
            lead: "Минск и Москва договорились сохранить цену на газ на 2026 год на уровне текущего года. Соглашение обеспечивает ключевую субсидию для белорусской промышленности, однако сопровождается дорожной картой по единому рынку газа, которая сужает пространство для манёвра Минска.",
            body: `<p>Александр Лукашенко объявил о договорённости во вторник на совещании с правительством, представив её как доказательство ощутимой пользы от союза с Россией. Цена, установленная в российских рублях, эквивалентна примерно $128 за тысячу кубометров – в несколько раз ниже, чем в Европейском союзе.</p>
<p>Как и ожидалось, замораживание цены сопровождается отдельным протоколом. Он определяет шаги к единому рынку газа Союзного государства, включая гармонизацию транзитных тарифов и правил доступа к газотранспортной сети, с целевой датой в 2027 году. Подобные дорожные карты уже не раз переносились, однако каждая из них добавляет юридически обязывающие положения.</p>
<p>Для белорусской экономики итог однозначно положительный: он защищает финансы жилищно-коммунального хозяйства и сохраняет конкурентоспособность нефтехимии и производства удобрений. Цена этого – политическая. Энергетическая зависимость от России остаётся почти полной, а Москва сохраняет рычаг, которым может воспользоваться, когда интеграция буксует.</p>
<p>Следующей проверкой станут ежегодные переговоры о поставках нефти и компенсации за российский налоговый манёвр, которые ожидаются в первом квартале.</p>`,
            seoDescription:
              "Цена российского газа для Беларуси на 2026 год не изменится, но соглашение включает дорожную карту единого рынка газа.",
          },
        },
      },
      {
        section: "belarus-west",
        trend: "unchanged",
        authors: ["andrei-zhuk", "volha-sidarenka"],
        tags: ["border", "european-union"],
        translations: {
          en: {
            title: "Holiday Traffic Tests a Border Regime Neither Side Will Change",
            lead: "Pre-holiday queues at the Polish and Lithuanian borders reached their highest levels of the year. A technical arrangement allowed the first Lithuanian trucks to leave Belarus, but neither Warsaw nor Vilnius is ready to ease restrictions before spring.",
            body: `<p>On the weekend before Catholic Christmas, waiting times for cars at the Brest–Terespol crossing exceeded 20 hours, and buses waited up to a day. Most travellers were Belarusians who work or study in Poland and were returning home for the holidays, as well as Polish citizens of Belarusian origin visiting relatives.</p>
<p>At the Lithuanian border, there was modest movement on the stranded trucks. After contacts between the customs services – formally at a technical level – about 60 vehicles were allowed to leave. Minsk presented this as a result of “dialogue”, while Vilnius stressed that no political talks had taken place.</p>
<p>Both Poland and Lithuania link the border regime to security concerns, including migration pressure and incidents involving balloons and drones. Their governments say that any reopening of closed crossings will depend on a sustained reduction in such incidents.</p>
<p>For now, the status quo holds. The humanitarian cost falls mainly on families divided by the border, and the economic cost on carriers, who will face the same bottlenecks after the holidays.</p>`,
            seoDescription:
              "Holiday queues at the Polish and Lithuanian borders hit a yearly high; a few stranded trucks left Belarus, but restrictions stay.",
          },
          be: {
            title: "Перадсвяточны рух правярае рэжым на мяжы, які ніхто не збіраецца мяняць",
            lead: "Перадсвяточныя чэргі на мяжы з Польшчай і Літвой дасягнулі найвышэйшага ўзроўню за год. Тэхнічная дамоўленасць дазволіла першым літоўскім грузавікам пакінуць Беларусь, аднак ні Варшава, ні Вільнюс не гатовыя змякчыць абмежаванні да вясны.",
            body: `<p>У апошнія выхадныя перад каталіцкімі Калядамі час чакання для легкавікоў на пункце пропуску Брэст – Тэрэспаль перавысіў 20 гадзін, а аўтобусы чакалі да сутак. Большасць падарожнікаў – беларусы, якія працуюць або вучацца ў Польшчы і вярталіся дадому на святы, а таксама грамадзяне Польшчы беларускага паходжання, якія ехалі да сваякоў.</p>
<p>На літоўскай мяжы наметыўся невялікі зрух у справе затрыманых грузавікоў. Пасля кантактаў паміж мытнымі службамі – фармальна на тэхнічным узроўні – дазвол на выезд атрымалі каля 60 машын. Мінск падаў гэта як вынік «дыялогу», а Вільнюс падкрэсліў, што ніякіх палітычных перамоў не было.</p>
<p>І Польшча, і Літва звязваюць рэжым на мяжы з пытаннямі бяспекі, у тым ліку з міграцыйным ціскам і інцыдэнтамі з паветранымі шарамі і дронамі. Іх урады заяўляюць, што адкрыццё зачыненых пунктаў пропуску будзе залежаць ад устойлівага скарачэння такіх інцыдэнтаў.</p>
<p>Пакуль што статус-кво захоўваецца. Гуманітарную цану плацяць перадусім сем’і, падзеленыя мяжой, а эканамічную – перавозчыкі, якія пасля святаў сутыкнуцца з тымі ж вузкімі месцамі.</p>`,
            seoDescription:
              "Перадсвяточныя чэргі на мяжы з Польшчай і Літвой дасягнулі максімуму; частка грузавікоў выехала, але абмежаванні застаюцца.",
          },
          ru: {
            title: "Предпраздничный поток проверяет пограничный режим, который никто не собирается менять",
            lead: "Предпраздничные очереди на границе с Польшей и Литвой достигли максимума за год. Техническая договорённость позволила первым литовским грузовикам покинуть Беларусь, однако ни Варшава, ни Вильнюс не готовы смягчить ограничения до весны.",
            body: `<p>В последние выходные перед католическим Рождеством время ожидания для легковых автомобилей на пункте пропуска Брест – Тересполь превысило 20 часов, а автобусы ждали до суток. Большинство путешественников – белорусы, которые работают или учатся в Польше и возвращались домой на праздники, а также граждане Польши белорусского происхождения, ехавшие к родственникам.</p>
<p>На литовской границе наметился небольшой сдвиг в деле задержанных грузовиков. После контактов между таможенными службами – формально на техническом уровне – разрешение на выезд получили около 60 машин. Минск представил это как результат «диалога», а Вильнюс подчеркнул, что никаких политических переговоров не было.</p>
<p>И Польша, и Литва связывают пограничный режим с вопросами безопасности, в том числе с миграционным давлением и инцидентами с воздушными шарами и дронами. Их правительства заявляют, что открытие закрытых пунктов пропуска будет зависеть от устойчивого сокращения таких инцидентов.</p>
<p>Пока статус-кво сохраняется. Гуманитарную цену платят прежде всего семьи, разделённые границей, а экономическую – перевозчики, которые после праздников столкнутся с теми же узкими местами.</p>`,
            seoDescription:
              "Предпраздничные очереди на границе с Польшей и Литвой достигли максимума; часть грузовиков выехала, но ограничения остаются.",
          },
        },
      },
    ],
  },
  // ─────────────────────────────────────────────── 2025-12-29 (the year in review)
  {
    weekStart: "2025-12-29",
    articles: [
      {
        section: "security",
        trend: "none",
        authors: ["alena-kavalchuk"],
        tags: ["military-exercises", "csto"],
        translations: {
          en: {
            title: "Security in 2025: Integration With Russia Deepened, Escalation Avoided",
            lead: "The year was dominated by the Zapad-2025 strategic exercise and further integration of Belarusian and Russian military planning. Yet Minsk avoided steps that would draw it directly into the war, and tensions with neighbours, though high, stayed below open confrontation.",
            body: `<h2>What defined the year</h2>
<p>The central event was the joint strategic exercise Zapad-2025 in September, which again showcased the Regional Grouping of Forces and the role of Belarusian territory in Russian planning. Poland and Lithuania responded with temporary border closures and reinforced deployments. Belarus also took part in CSTO exercises and used the organisation’s meetings to present its policy as collective rather than bilateral.</p>
<p>At the same time, the year confirmed the limits of Minsk’s involvement. The armed forces did not take part in combat operations, and the authorities repeatedly emphasised the defensive nature of their military doctrine. Defence spending grew, but the mobilisation infrastructure was developed quietly, through reservist training and territorial defence.</p>
<h2>What to expect in 2026</h2>
<p>The plan adopted in December suggests continuity: more joint drills with Russia, more air defence and drones, and an emphasis on readiness near the western borders. Much will depend on the course of the war in Ukraine and on any negotiations around it. A ceasefire could ease pressure on the border, while an escalation would make Belarus’s balancing act much harder.</p>`,
            seoDescription:
              "Belarus’s security year 2025: Zapad-2025, deeper military integration with Russia and the CSTO, but no direct involvement in the war.",
          },
          be: {
            title: "Бяспека ў 2025 годзе: інтэграцыя з Расіяй паглыбілася, эскалацыі ўдалося пазбегнуць",
            lead: "Год прайшоў пад знакам стратэгічных вучэнняў «Захад-2025» і далейшай інтэграцыі беларускага і расійскага вайсковага планавання. Аднак Мінск пазбягаў крокаў, якія непасрэдна ўцягнулі б яго ў вайну, а напружанасць з суседзямі, хоць і высокая, не перарасла ў адкрытае супрацьстаянне.",
            body: `<h2>Што вызначыла год</h2>
<p>Цэнтральнай падзеяй сталі сумесныя стратэгічныя вучэнні «Захад-2025» у верасні, якія зноў прадэманстравалі Рэгіянальную групоўку войскаў і ролю беларускай тэрыторыі ў расійскім планаванні. Польшча і Літва адказалі часовым закрыццём мяжы і ўзмацненнем вайсковай прысутнасці. Беларусь таксама ўдзельнічала ў вучэннях АДКБ і выкарыстоўвала сустрэчы арганізацыі, каб прадставіць сваю палітыку як калектыўную, а не двухбаковую.</p>
<p>Разам з тым год пацвердзіў межы ўдзелу Мінска. Узброеныя сілы не ўдзельнічалі ў баявых дзеяннях, а ўлады неаднойчы падкрэслівалі абарончы характар сваёй ваеннай дактрыны. Выдаткі на абарону раслі, аднак мабілізацыйная інфраструктура развівалася ціха – праз падрыхтоўку рэзервістаў і тэрытарыяльную абарону.</p>
<h2>Чаго чакаць у 2026 годзе</h2>
<p>План, зацверджаны ў снежні, сведчыць пра пераемнасць: больш сумесных вучэнняў з Расіяй, больш СПА і беспілотнікаў, акцэнт на гатоўнасці каля заходніх межаў. Шмат што будзе залежаць ад ходу вайны ва Украіне і магчымых перамоў вакол яе. Спыненне агню магло б зменшыць ціск на мяжы, а эскалацыя значна ўскладніла б балансаванне Беларусі.</p>`,
            seoDescription:
              "Бяспека Беларусі ў 2025 годзе: «Захад-2025», паглыбленне вайсковай інтэграцыі з Расіяй і АДКБ, але без удзелу ў вайне.",
          },
          ru: {
            title: "Безопасность в 2025 году: интеграция с Россией углубилась, эскалации удалось избежать",
            lead: "Год прошёл под знаком стратегических учений «Запад-2025» и дальнейшей интеграции белорусского и российского военного планирования. Однако Минск избегал шагов, которые напрямую втянули бы его в войну, а напряжённость с соседями, хотя и высокая, не переросла в открытое противостояние.",
            body: `<h2>Что определило год</h2>
<p>Центральным событием стало совместное стратегическое учение «Запад-2025» в сентябре, которое вновь продемонстрировало Региональную группировку войск и роль белорусской территории в российском планировании. Польша и Литва ответили временным закрытием границы и усилением военного присутствия. Беларусь также участвовала в учениях ОДКБ и использовала встречи организации, чтобы представить свою политику как коллективную, а не двустороннюю.</p>
<p>Вместе с тем год подтвердил пределы участия Минска. Вооружённые силы не участвовали в боевых действиях, а власти неоднократно подчёркивали оборонительный характер своей военной доктрины. Расходы на оборону росли, однако мобилизационная инфраструктура развивалась тихо – через подготовку резервистов и территориальную оборону.</p>
<h2>Чего ждать в 2026 году</h2>
<p>План, утверждённый в декабре, говорит о преемственности: больше совместных учений с Россией, больше ПВО и беспилотников, акцент на готовности у западных границ. Многое будет зависеть от хода войны в Украине и возможных переговоров вокруг неё. Прекращение огня могло бы снизить давление на границе, а эскалация значительно усложнила бы балансирование Беларуси.</p>`,
            seoDescription:
              "Безопасность Беларуси в 2025 году: «Запад-2025», углубление военной интеграции с Россией и ОДКБ, но без участия в войне.",
          },
        },
      },
      {
        section: "domestic-politics",
        trend: "unchanged",
        authors: ["pavel-hrynevich"],
        tags: ["elections", "political-prisoners"],
        translations: {
          en: {
            title: "Domestic Politics in 2025: A Re-elected Leader and a Frozen System",
            lead: "The year opened with a presidential election that secured Aliaksandr Lukashenka a seventh term and closed with selective pardons. In between, the political system became even more rigid, while the authorities experimented cautiously with releases as a foreign policy tool.",
            body: `<p>After the January election, which passed without real competition, Aliaksandr Lukashenka carried out a reshuffle that left the key security and economic posts in familiar hands. The new government’s programme promised “stability and development” and focused on wages, import substitution and discipline in the state apparatus.</p>
<p>Repression did not end, but its character shifted. Mass detentions gave way to targeted prosecutions for online activity and for contacts with structures declared extremist. In parallel, more than 300 people were pardoned over the year, often in groups timed to holidays or diplomatic visits; the December pardon of 31 people was the largest. This dual approach allows the authorities to signal flexibility without loosening control.</p>
<h2>Outlook for 2026</h2>
<ul><li>the session of the All-Belarusian People’s Assembly, expected in spring, will set ideological priorities;</li><li>personnel changes in regional administrations are likely;</li><li>further releases will depend on contacts with Washington.</li></ul>
<p>The system enters 2026 stable but brittle. Public politics has effectively been reduced to loyal formats, the registered parties played no visible role during the year, and society has largely withdrawn into private life. The question of succession is still not discussed in public.</p>`,
            seoDescription:
              "Belarusian domestic politics in 2025: Lukashenka’s seventh term, continued repression, selective pardons and an outlook for 2026.",
          },
          be: {
            title: "Унутраная палітыка ў 2025 годзе: пераабраны лідар і замарожаная сістэма",
            lead: "Год пачаўся з прэзідэнцкіх выбараў, якія забяспечылі Аляксандру Лукашэнку сёмы тэрмін, а скончыўся выбарачнымі памілаваннямі. Паміж імі палітычная сістэма стала яшчэ больш жорсткай, а ўлады асцярожна эксперыментавалі з вызваленнямі як інструментам знешняй палітыкі.",
            body: `<p>Студзеньскія выбары прайшлі без рэальнай канкурэнцыі, і пасля іх Аляксандр Лукашэнка правёў кадравыя перастаноўкі, пакінуўшы ключавыя сілавыя і эканамічныя пасады ў знаёмых руках. Праграма новага ўрада абяцала «стабільнасць і развіццё» і рабіла акцэнт на заробках, імпартазамяшчэнні і дысцыпліне ў дзяржаўным апараце.</p>
<p>Рэпрэсіі не спыніліся, але змяніўся іх характар. Масавыя затрыманні саступілі месца адрасным пераследам за актыўнасць у інтэрнэце і кантакты са структурамі, прызнанымі экстрэмісцкімі. Паралельна за год былі памілаваныя больш за 300 чалавек – часта групамі, прымеркаванымі да святаў або дыпламатычных візітаў; найбуйнейшым стала снежаньскае памілаванне 31 чалавека. Такі двайны падыход дазваляе ўладам дэманстраваць гнуткасць, не паслабляючы кантролю.</p>
<h2>Перспектывы на 2026 год</h2>
<ul><li>сесія Усебеларускага народнага сходу, чаканая вясной, вызначыць ідэалагічныя прыярытэты;</li><li>верагодныя кадравыя змены ў рэгіянальных адміністрацыях;</li><li>новыя вызваленні будуць залежаць ад кантактаў з Вашынгтонам.</li></ul>
<p>Сістэма ўваходзіць у 2026 год стабільнай, але крохкай. Публічная палітыка фактычна зведзеная да лаяльных фарматаў, зарэгістраваныя партыі на працягу года не адыгрывалі прыкметнай ролі, а грамадства ў асноўным сышло ў прыватнае жыццё. Пытанне пераемнасці ўлады па-ранейшаму не абмяркоўваецца публічна.</p>`,
            seoDescription:
              "Унутраная палітыка Беларусі ў 2025 годзе: сёмы тэрмін Лукашэнкі, рэпрэсіі, выбарачныя памілаванні і прагноз на 2026 год.",
          },
          ru: {
            title: "Внутренняя политика в 2025 году: переизбранный лидер и замороженная система",
            lead: "Год начался с президентских выборов, обеспечивших Александру Лукашенко седьмой срок, а закончился выборочными помилованиями. Между ними политическая система стала ещё более жёсткой, а власти осторожно экспериментировали с освобождениями как инструментом внешней политики.",
            body: `<p>После январских выборов, прошедших без реальной конкуренции, Александр Лукашенко провёл кадровые перестановки, оставив ключевые силовые и экономические посты в знакомых руках. Программа нового правительства обещала «стабильность и развитие» и делала упор на зарплаты, импортозамещение и дисциплину в госаппарате.</p>
<p>Репрессии не прекратились, но изменился их характер. Массовые задержания уступили место адресному преследованию за активность в интернете и контакты со структурами, признанными экстремистскими. Параллельно за год были помилованы более 300 человек – часто группами, приуроченными к праздникам или дипломатическим визитам; крупнейшим стало декабрьское помилование 31 человека. Такой двойной подход позволяет властям демонстрировать гибкость, не ослабляя контроля.</p>
<h2>Перспективы на 2026 год</h2>
<ul><li>сессия Всебелорусского народного собрания, ожидаемая весной, определит идеологические приоритеты;</li><li>вероятны кадровые изменения в региональных администрациях;</li><li>новые освобождения будут зависеть от контактов с Вашингтоном.</li></ul>
<p>Система входит в 2026 год стабильной, но хрупкой. Публичная политика фактически сведена к лояльным форматам, зарегистрированные партии на протяжении года не играли заметной роли, а общество в основном ушло в частную жизнь. Вопрос преемственности власти по-прежнему не обсуждается публично.</p>`,
            seoDescription:
              "Внутренняя политика Беларуси в 2025 году: седьмой срок Лукашенко, репрессии, выборочные помилования и прогноз на 2026 год.",
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
            title: "The Economy in 2025: Slower Growth, Higher Prices, Tighter Controls",
            lead: "Preliminary estimates suggest GDP grew by about 1.5% in 2025, down from roughly 4% a year earlier, while inflation ended the year above 7%. The model of demand-driven growth financed by wages and cheap credit is running out of steam.",
            body: `<p>The slowdown was broad-based. Industry stagnated as demand in Russia weakened and competition from Chinese goods on the Russian market intensified. Agriculture had a mediocre harvest, and construction was held back by high costs. The main support came from consumer spending, underpinned by real wage growth of around 8%.</p>
<p>Inflation proved the most visible failure. It overshot the 5% target by a wide margin, and the authorities responded with an expanding system of price caps and mark-up controls. These measures kept official figures in check but distorted markets, with periodic shortages of eggs, some vegetables and medicines.</p>
<h2>The year ahead</h2>
<p>The official forecast for 2026 assumes growth of around 2% and inflation of 6%. Both look optimistic. Labour shortages limit output, the budget deficit is widening, and any further weakening of the Russian economy will hit Belarusian exports directly. Our <a href="https://example.org/belarus-economy-2025-data">statistical appendix</a> compares the official forecast with the estimates of independent economists.</p>
<p>A moderate scenario – growth of 1–1.5% and inflation close to 7% – looks most likely. The risks are tilted to the downside, and the first quarter, with its tariff increases, will be particularly telling.</p>`,
            seoDescription:
              "Belarus’s economy in 2025: growth slowed to about 1.5%, inflation exceeded 7%, and the 2026 forecast looks optimistic.",
          },
          be: {
            title: "Эканоміка ў 2025 годзе: запаволенне росту, рост цэн, жорсткі кантроль",
            lead: "Паводле папярэдніх ацэнак, у 2025 годзе ВУП вырас прыкладна на 1,5% супраць прыкладна 4% годам раней, а інфляцыя па выніках года перавысіла 7%. Мадэль росту за кошт попыту, які фінансуецца заробкамі і танным крэдытам, вычэрпвае сябе.",
            body: `<p>Запаволенне было шырокім. Прамысловасць знаходзілася ў стагнацыі з-за аслаблення попыту ў Расіі і ўзмацнення канкурэнцыі з боку кітайскіх тавараў на расійскім рынку. Ураджай у сельскай гаспадарцы аказаўся пасрэдным, а будаўніцтва стрымлівалі высокія выдаткі. Галоўнай апорай стала спажыванне, якое падтрымліваў рост рэальных заробкаў прыкладна на 8%.</p>
<p>Інфляцыя стала найбольш прыкметнай няўдачай. Яна значна перавысіла мэту ў 5%, і ўлады адказалі пашырэннем сістэмы абмежаванняў цэн і кантролю над надбаўкамі. Гэтыя меры стрымалі афіцыйныя паказчыкі, але дэфармавалі рынкі: перыядычна ўзнікаў дэфіцыт яек, асобных відаў гародніны і лекаў.</p>
<h2>Год наперадзе</h2>
<p>Афіцыйны прагноз на 2026 год закладае рост каля 2% і інфляцыю 6%. Абодва паказчыкі выглядаюць аптымістычнымі. Нястача кадраў абмяжоўвае вытворчасць, дэфіцыт бюджэту павялічваецца, а любое далейшае аслабленне расійскай эканомікі непасрэдна ўдарыць па беларускім экспарце. У нашым <a href="https://example.org/belarus-economy-2025-data">статыстычным дадатку</a> афіцыйны прагноз супастаўлены з ацэнкамі незалежных эканамістаў.</p>
<p>Найбольш верагодным выглядае ўмераны сцэнар – рост на 1–1,5% і інфляцыя каля 7%. Рызыкі зрушаныя ў бок пагаршэння, і асабліва паказальным будзе першы квартал з яго павышэннем тарыфаў.</p>`,
            seoDescription:
              "Эканоміка Беларусі ў 2025 годзе: рост запаволіўся да 1,5%, інфляцыя перавысіла 7%, а прагноз на 2026 год выглядае аптымістычным.",
          },
          ru: {
            title: "Экономика в 2025 году: замедление роста, рост цен, жёсткий контроль",
            lead: "По предварительным оценкам, в 2025 году ВВП вырос примерно на 1,5% против примерно 4% годом ранее, а инфляция по итогам года превысила 7%. Модель роста за счёт спроса, финансируемого зарплатами и дешёвым кредитом, исчерпывает себя.",
            body: `<p>Замедление было повсеместным. Промышленность находилась в стагнации из-за ослабления спроса в России и усиления конкуренции со стороны китайских товаров на российском рынке. Урожай в сельском хозяйстве оказался посредственным, а строительство сдерживали высокие издержки. Главной опорой стало потребление, которое поддерживал рост реальных зарплат примерно на 8%.</p>
<p>Инфляция стала самой заметной неудачей. Она значительно превысила цель в 5%, и власти ответили расширением системы ценовых ограничений и контроля над надбавками. Эти меры сдержали официальные показатели, но деформировали рынки: периодически возникал дефицит яиц, отдельных видов овощей и лекарств.</p>
<h2>Год впереди</h2>
<p>Официальный прогноз на 2026 год предполагает рост около 2% и инфляцию 6%. Оба показателя выглядят оптимистичными. Нехватка кадров ограничивает производство, дефицит бюджета растёт, а любое дальнейшее ослабление российской экономики напрямую ударит по белорусскому экспорту. В нашем <a href="https://example.org/belarus-economy-2025-data">статистическом приложении</a> официальный прогноз сопоставлен с оценками независимых экономистов.</p>
<p>Наиболее вероятным выглядит умеренный сценарий – рост на 1–1,5% и инфляция около 7%. Риски смещены в сторону ухудшения, и особенно показательным станет первый квартал с его повышением тарифов.</p>`,
            seoDescription:
              "Экономика Беларуси в 2025 году: рост замедлился до 1,5%, инфляция превысила 7%, а прогноз на 2026 год выглядит оптимистичным.",
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
            title: "Union State in 2025: Steady Integration, Few Breakthroughs",
            lead: "Belarusian–Russian integration advanced in 2025 through routine harmonisation rather than big political decisions. Trade stayed close to record levels, but key issues – a common tax code, unified energy markets and compensation for the tax manoeuvre – remain unresolved going into 2026.",
            body: `<p>For Minsk, the year brought no unpleasant surprises from Moscow. Cheap energy was preserved, Russian credit lines were extended, and access to Russian ports allowed Belarusian exporters to bypass Western sanctions. Bilateral trade remained at around $50 billion, although it weakened in the second half of the year as Russian demand slowed.</p>
<p>Formal integration moved forward slowly. Most of the measures envisaged in the Union State’s main directions for 2024–2026 were declared fulfilled, but the most sensitive ones were postponed. The common tax code remains a draft, and the unified gas market exists only as a road map.</p>
<p>Politically, the relationship is as close as ever. The Supreme State Council and regular meetings of the two leaders serve as showcases of unity, while at the working level Belarusian ministries continue to defend national regulatory autonomy wherever possible.</p>
<p>In 2026, work will begin on a new integration document to replace the current directions. Its scope will show whether Moscow intends to push for deeper supranational institutions or is satisfied with the current degree of control.</p>`,
            seoDescription:
              "The Union State in 2025: near-record trade and cheap energy, but the tax code and unified gas market are still unfinished.",
          },
          ru: {
            title: "Союзное государство в 2025 году: стабильная интеграция, мало прорывов",
            lead: "Белорусско-российская интеграция в 2025 году продвигалась за счёт рутинной гармонизации, а не крупных политических решений. Товарооборот оставался близким к рекордному, но ключевые вопросы – общий налоговый кодекс, единые энергетические рынки и компенсация за налоговый манёвр – переходят в 2026 год нерешёнными.",
            body: `<p>Для Минска год не принёс неприятных сюрпризов из Москвы. Дешёвые энергоресурсы сохранились, российские кредитные линии были продлены, а доступ к российским портам позволял белорусским экспортёрам обходить западные санкции. Двусторонний товарооборот держался на уровне около $50 млрд, хотя во втором полугодии ослаб вслед за замедлением российского спроса.</p>
<p>Формальная интеграция продвигалась медленно. Большинство мер, предусмотренных Основными направлениями реализации положений Договора о создании Союзного государства на 2024–2026 годы, объявлены выполненными, но самые чувствительные отложены. Общий налоговый кодекс остаётся проектом, а единый рынок газа существует лишь в виде дорожной карты.</p>
<p>Политически отношения близки как никогда. Высший Государственный Совет и регулярные встречи лидеров двух стран служат витриной единства, тогда как на рабочем уровне белорусские министерства по возможности продолжают отстаивать национальную регуляторную автономию.</p>
<p>В 2026 году начнётся работа над новым интеграционным документом, который придёт на смену нынешним направлениям. Его содержание покажет, намерена ли Москва добиваться более глубоких наднациональных институтов или её устраивает нынешняя степень контроля.</p>`,
            seoDescription:
              "Союзное государство в 2025 году: почти рекордная торговля и дешёвая энергия, но налоговый кодекс и рынок газа не готовы.",
          },
        },
      },
      {
        section: "belarus-west",
        trend: "improved",
        authors: ["andrei-zhuk", "pavel-hrynevich"],
        tags: ["sanctions", "european-union"],
        translations: {
          en: {
            title: "Relations With the West in 2025: US Opening, European Wall",
            lead: "The past year brought the first sustained dialogue with Washington in five years, marked by prisoner releases and limited sanctions relief. Relations with the EU and neighbouring states, by contrast, remained frozen, and the border became the main arena of confrontation.",
            body: `<p>The year ended with a telling episode: on 27 December, another group of prisoners, including two foreign citizens, was released and left the country. It was the fourth such release in 2025 linked to contacts with the United States. In return, Washington eased restrictions on Belavia and opened discussions on potash logistics.</p>
<p>The European Union took the opposite line. It adopted new restrictive measures against Belarusian individuals and companies, extended sectoral sanctions and coordinated the border regime closely with Poland and Lithuania. Warsaw and Vilnius, for their part, insisted that any easing at the border must be earned through a verifiable end to hybrid incidents. Brussels views the US approach with scepticism but has avoided open criticism.</p>
<h2>Scenarios for 2026</h2>
<ul><li>continued US–Belarusian bargaining, with further releases and selective relief;</li><li>partial normalisation of border traffic if incidents decline;</li><li>continued EU pressure on Minsk through sanctions as long as repression and military alignment with Russia persist.</li></ul>
<p>The gap between the American and European tracks is likely to persist. Minsk will try to exploit it, but its room for manoeuvre remains limited by its dependence on Moscow.</p>`,
            seoDescription:
              "Belarus and the West in 2025: prisoner releases and limited US sanctions relief, while relations with the EU stayed frozen.",
          },
          be: {
            title: "Адносіны з Захадам у 2025 годзе: амерыканскае акно, еўрапейская сцяна",
            lead: "Мінулы год прынёс першы за пяць гадоў устойлівы дыялог з Вашынгтонам, пазначаны вызваленнямі палітвязняў і абмежаваным паслабленнем санкцый. Адносіны з ЕС і суседнімі краінамі, наадварот, заставаліся замарожанымі, а мяжа стала галоўнай арэнай супрацьстаяння.",
            body: `<p>Год скончыўся паказальным эпізодам: 27 снежня чарговая група зняволеных, у тым ліку двое замежных грамадзян, была вызваленая і пакінула краіну. Гэта ўжо чацвёртае такое вызваленне ў 2025 годзе, звязанае з кантактамі са Злучанымі Штатамі. У адказ Вашынгтон паслабіў абмежаванні для «Белавіі» і пачаў абмеркаванне лагістыкі калію.</p>
<p>Еўрапейскі саюз трымаўся процілеглай лініі. Ён ухваліў новыя абмежавальныя меры супраць беларускіх асоб і кампаній, падоўжыў сектаральныя санкцыі і цесна каардынаваў рэжым на мяжы з Польшчай і Літвой. Варшава і Вільнюс, са свайго боку, настойвалі, што любое паслабленне на мяжы трэба заслужыць праз праверанае спыненне гібрыдных інцыдэнтаў. Брусель ставіцца да амерыканскага падыходу скептычна, але пазбягае адкрытай крытыкі.</p>
<h2>Сцэнарыі на 2026 год</h2>
<ul><li>працяг беларуска-амерыканскага торгу з новымі вызваленнямі і выбарачным змякчэннем санкцый;</li><li>частковая нармалізацыя руху праз мяжу, калі інцыдэнтаў стане менш;</li><li>працяг ціску ЕС на Мінск санкцыямі, пакуль захоўваюцца рэпрэсіі і вайсковая арыентацыя на Расію.</li></ul>
<p>Разрыў паміж амерыканскім і еўрапейскім трэкамі, хутчэй за ўсё, захаваецца. Мінск паспрабуе яго выкарыстаць, аднак поле для манеўру абмежаванае залежнасцю ад Масквы.</p>`,
            seoDescription:
              "Беларусь і Захад у 2025 годзе: вызваленні палітвязняў і паслабленне санкцый ЗША, але адносіны з ЕС застаюцца замарожанымі.",
          },
          ru: {
            title: "Отношения с Западом в 2025 году: американское окно, европейская стена",
            lead: "Прошедший год принёс первый за пять лет устойчивый диалог с Вашингтоном, отмеченный освобождениями политзаключённых и ограниченным ослаблением санкций. Отношения с ЕС и соседними странами, напротив, оставались замороженными, а граница стала главной ареной противостояния.",
            body: `<p>Год завершился показательным эпизодом: 27 декабря очередная группа заключённых, в том числе двое иностранных граждан, была освобождена и покинула страну. Это уже четвёртое подобное освобождение в 2025 году, связанное с контактами с Соединёнными Штатами. В ответ Вашингтон ослабил ограничения для «Белавиа» и начал обсуждение логистики калия.</p>
<p>Европейский союз придерживался противоположной линии. Он принял новые ограничительные меры против белорусских лиц и компаний, продлил секторальные санкции и тесно координировал пограничный режим с Польшей и Литвой. Варшава и Вильнюс, со своей стороны, настаивали, что любое послабление на границе нужно заслужить проверяемым прекращением гибридных инцидентов. Брюссель относится к американскому подходу скептически, но избегает открытой критики.</p>
<h2>Сценарии на 2026 год</h2>
<ul><li>продолжение белорусско-американского торга с новыми освобождениями и выборочным смягчением санкций;</li><li>частичная нормализация движения через границу, если инцидентов станет меньше;</li><li>продолжение давления ЕС на Минск санкциями, пока сохраняются репрессии и военная ориентация на Россию.</li></ul>
<p>Разрыв между американским и европейским треками, скорее всего, сохранится. Минск попытается его использовать, однако пространство для манёвра ограничено зависимостью от Москвы.</p>`,
            seoDescription:
              "Беларусь и Запад в 2025 году: освобождения политзаключённых и ослабление санкций США, но отношения с ЕС остаются замороженными.",
          },
        },
      },
    ],
  },
  // ─────────────────────────────────────────────── 2026-01-05
  {
    weekStart: "2026-01-05",
    articles: [
      {
        section: "security",
        trend: "unchanged",
        authors: ["alena-kavalchuk"],
        tags: ["military-exercises"],
        translations: {
          en: {
            title: "Joint Drill Schedule for 2026 Confirms a Steady Military Tempo",
            lead: "The Defence Ministry has published the schedule of joint Belarusian–Russian exercises for 2026. It foresees a similar number of drills to last year and no strategic exercise on Belarusian territory, suggesting a steady rather than rising military tempo.",
            body: `<p>According to the schedule, Belarusian and Russian units will hold more than 20 joint events this year, mostly at battalion and brigade level. The largest will be a command-staff exercise of the Regional Grouping of Forces in the autumn. Belarusian units will also train at Russian ranges, particularly in air defence and drone operations.</p>
<p>The absence of a strategic exercise on the scale of Zapad-2025 is significant. Such exercises follow a multi-year cycle, and 2026 appears to be a year for consolidating skills rather than demonstrating force. Minsk will probably use this to present itself to its neighbours as predictable.</p>
<p>Inside the country, the emphasis is on territorial defence. Military commissariats plan reservist training sessions in every region during the first half of the year, and the new rules on military registration that came into force on 1 January extend employers’ obligations to report information about their staff.</p>
<p>Overall, the security picture is unchanged: militarisation continues at a steady pace, with neither escalation nor de-escalation. The main variable remains external – the course of the war in Ukraine and the state of Russia’s relations with NATO.</p>`,
            seoDescription:
              "Belarus’s 2026 schedule of joint drills with Russia keeps a steady tempo, with no strategic exercise planned on Belarusian soil.",
          },
          be: {
            title: "Графік сумесных вучэнняў на 2026 год пацвярджае стабільны вайсковы тэмп",
            lead: "Міністэрства абароны апублікавала графік сумесных беларуска-расійскіх вучэнняў на 2026 год. Ён уключае прыкладна столькі ж мерапрыемстваў, колькі летась, і не прадугледжвае стратэгічных вучэнняў на тэрыторыі Беларусі, што сведчыць пра стабільны, а не нарастальны вайсковы тэмп.",
            body: `<p>Паводле графіка, беларускія і расійскія падраздзяленні правядуць сёлета больш за 20 сумесных мерапрыемстваў, пераважна на ўзроўні батальёнаў і брыгад. Найбуйнейшым стане камандна-штабное вучэнне Рэгіянальнай групоўкі войскаў увосень. Беларускія падраздзяленні таксама будуць трэніравацца на расійскіх палігонах, асабліва ў сферы СПА і прымянення беспілотнікаў.</p>
<p>Адсутнасць стратэгічных вучэнняў накшталт «Захад-2025» істотная. Такія вучэнні праводзяцца ў шматгадовым цыкле, і 2026 год, падобна, стане годам замацавання навыкаў, а не дэманстрацыі сілы. Мінск, верагодна, скарыстаецца гэтым, каб паказаць суседзям сваю прадказальнасць.</p>
<p>Унутры краіны акцэнт робіцца на тэрытарыяльнай абароне. Ваенныя камісарыяты плануюць у першым паўгоддзі зборы рэзервістаў ва ўсіх абласцях, а новыя правілы воінскага ўліку, што ўступілі ў сілу 1 студзеня, пашыраюць абавязкі наймальнікаў паведамляць звесткі пра сваіх супрацоўнікаў.</p>
<p>У цэлым карціна ў сферы бяспекі не змянілася: мілітарызацыя працягваецца ў роўным тэмпе, без эскалацыі і без дээскалацыі. Галоўная зменная па-ранейшаму знешняя – ход вайны ва Украіне і стан адносін Расіі з НАТА.</p>`,
            seoDescription:
              "Графік сумесных з Расіяй вучэнняў на 2026 год захоўвае роўны тэмп: стратэгічных вучэнняў у Беларусі не плануецца.",
          },
          ru: {
            title: "График совместных учений на 2026 год подтверждает стабильный военный темп",
            lead: "Министерство обороны опубликовало график совместных белорусско-российских учений на 2026 год. Он включает примерно столько же мероприятий, сколько в прошлом году, и не предусматривает стратегических учений на территории Беларуси, что говорит о стабильном, а не нарастающем военном темпе.",
            body: `<p>Согласно графику, белорусские и российские подразделения проведут в этом году более 20 совместных мероприятий, преимущественно на уровне батальонов и бригад. Крупнейшим станет командно-штабное учение Региональной группировки войск осенью. Белорусские подразделения также будут тренироваться на российских полигонах, особенно в сфере ПВО и применения беспилотников.</p>
<p>Отсутствие стратегического учения масштаба «Запад-2025» существенно. Такие учения проводятся в многолетнем цикле, и 2026 год, по-видимому, станет годом закрепления навыков, а не демонстрации силы. Минск, вероятно, воспользуется этим, чтобы показать соседям свою предсказуемость.</p>
<p>Внутри страны акцент делается на территориальной обороне. Военные комиссариаты планируют в первом полугодии сборы резервистов во всех областях, а новые правила воинского учёта, вступившие в силу 1 января, расширяют обязанности нанимателей сообщать сведения о своих сотрудниках.</p>
<p>В целом картина в сфере безопасности не изменилась: милитаризация продолжается в ровном темпе, без эскалации и без деэскалации. Главная переменная по-прежнему внешняя – ход войны в Украине и состояние отношений России с НАТО.</p>`,
            seoDescription:
              "График совместных с Россией учений на 2026 год сохраняет ровный темп: стратегических учений в Беларуси не планируется.",
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
            title: "New Year Begins With Higher Tariffs and Extended Price Controls",
            lead: "Annual inflation ended 2025 at 7.3%, according to preliminary data. From 1 January, utility tariffs, excise duties and public transport fares rose, while the government extended price regulation for another six months, setting the stage for a difficult first quarter.",
            body: `<p>Belstat’s preliminary estimate confirms that the 2025 inflation target was missed by more than two percentage points. Prices rose by about 0.7% in December, driven by food and holiday demand. The official forecast for 2026 remains at 6%, but the first weeks of January bring a series of administrative increases.</p>
<ul><li>housing and utility tariffs rose by an average of 10–12%;</li><li>excise duties on alcohol, tobacco and fuel were indexed;</li><li>public transport fares in Minsk and the regional centres went up.</li></ul>
<p>At the same time, the government extended its resolution on price regulation until the end of June. Mark-up limits now cover a wider range of food products, medicines and children’s goods. The approach reflects the authorities’ conviction that administrative tools are more reliable than monetary restraint. Retailers warn that some imported goods may disappear from the shelves if the permitted margins do not cover rising logistics costs.</p>
<p>The combination is risky. Higher regulated prices will feed into inflation expectations, while caps discourage investment in retail and agriculture. Without a change of policy, inflation in 2026 is likely to stay around 7% again.</p>`,
            seoDescription:
              "Inflation in Belarus ended 2025 at 7.3%; January brings higher utility tariffs and excise duties and six more months of price controls.",
          },
          be: {
            title: "Новы год пачынаецца з вышэйшых тарыфаў і падоўжанага кантролю над цэнамі",
            lead: "Паводле папярэдніх даных, гадавая інфляцыя ў 2025 годзе склала 7,3%. З 1 студзеня выраслі камунальныя тарыфы, акцызы і кошт праезду ў грамадскім транспарце, а ўрад падоўжыў рэгуляванне цэн яшчэ на паўгода, што абяцае цяжкі першы квартал.",
            body: `<p>Папярэдняя ацэнка Белстата пацвярджае, што інфляцыя за 2025 год перавысіла мэтавы паказчык больш чым на два працэнтныя пункты. У снежні цэны выраслі прыкладна на 0,7% – за кошт харчавання і святочнага попыту. Афіцыйны прагноз на 2026 год застаецца на ўзроўні 6%, аднак першыя тыдні студзеня прыносяць шэраг адміністрацыйных павышэнняў.</p>
<ul><li>тарыфы на жыллёва-камунальныя паслугі выраслі ў сярэднім на 10–12%;</li><li>праіндэксаваныя акцызы на алкаголь, тытунь і паліва;</li><li>падаражэў праезд у грамадскім транспарце Мінска і абласных цэнтраў.</li></ul>
<p>Адначасова ўрад падоўжыў дзеянне пастановы аб рэгуляванні цэн да канца чэрвеня. Абмежаванні надбавак цяпер распаўсюджваюцца на шырэйшы пералік прадуктаў харчавання, лекаў і дзіцячых тавараў. Такі падыход адлюстроўвае перакананне ўлады, што адміністрацыйныя інструменты больш надзейныя за грашова-крэдытнае стрымліванне. Гандлёвыя сеткі папярэджваюць, што частка імпартных тавараў можа знікнуць з паліц, калі дазволеныя надбаўкі не будуць пакрываць рост лагістычных выдаткаў.</p>
<p>Гэтае спалучэнне рызыкоўнае. Вышэйшыя рэгуляваныя цэны паўплываюць на інфляцыйныя чаканні, а абмежаванні адбіваюць ахвоту інвеставаць у гандаль і сельскую гаспадарку. Без змены палітыкі інфляцыя ў 2026 годзе, верагодна, зноў застанецца каля 7%.</p>`,
            seoDescription:
              "Інфляцыя ў 2025 годзе склала 7,3%; студзень прынёс павышэнне тарыфаў і акцызаў і яшчэ паўгода кантролю над цэнамі.",
          },
          ru: {
            title: "Новый год начинается с повышения тарифов и продления контроля над ценами",
            lead: "По предварительным данным, годовая инфляция в 2025 году составила 7,3%. С 1 января выросли коммунальные тарифы, акцизы и стоимость проезда в общественном транспорте, а правительство продлило регулирование цен ещё на полгода, что обещает трудный первый квартал.",
            body: `<p>Предварительная оценка Белстата подтверждает, что инфляция за 2025 год превысила целевой показатель более чем на два процентных пункта. В декабре цены выросли примерно на 0,7% – за счёт продовольствия и праздничного спроса. Официальный прогноз на 2026 год остаётся на уровне 6%, однако первые недели января приносят ряд административных повышений.</p>
<ul><li>тарифы на жилищно-коммунальные услуги выросли в среднем на 10–12%;</li><li>проиндексированы акцизы на алкоголь, табак и топливо;</li><li>подорожал проезд в общественном транспорте Минска и областных центров.</li></ul>
<p>Одновременно правительство продлило действие постановления о регулировании цен до конца июня. Ограничения надбавок теперь распространяются на более широкий перечень продуктов питания, лекарств и детских товаров. Такой подход отражает убеждённость властей в том, что административные инструменты надёжнее денежно-кредитного сдерживания. Торговые сети предупреждают, что часть импортных товаров может исчезнуть с полок, если разрешённые надбавки не будут покрывать рост логистических издержек.</p>
<p>Это сочетание рискованно. Более высокие регулируемые цены повлияют на инфляционные ожидания, а ограничения отбивают желание инвестировать в торговлю и сельское хозяйство. Без изменения политики инфляция в 2026 году, вероятно, снова останется около 7%.</p>`,
            seoDescription:
              "Инфляция в 2025 году составила 7,3%; январь принёс повышение тарифов и акцизов и ещё полгода контроля над ценами.",
          },
        },
      },
      {
        section: "belarus-russia",
        trend: "unchanged",
        authors: ["volha-sidarenka", "andrei-zhuk"],
        tags: ["labour-migration", "union-state"],
        translations: {
          en: {
            title: "Union State Status Shields Belarusian Workers From New Russian Rules",
            lead: "Tighter Russian migration rules that took effect on 1 January do not apply to Belarusian citizens under Union State agreements. The exemption preserves easy access to the Russian labour market – which Minsk views with growing unease as the outflow of skilled workers continues.",
            body: `<p>The new Russian regulations introduce stricter registration, language testing and biometric requirements for foreign workers. Belarusians, however, enjoy the same employment rights as Russian citizens and do not need work permits. Russian agencies have confirmed that the changes do not apply to them.</p>
<p>For individual Belarusians, this is good news. Wages in Moscow, St Petersburg and the northern regions remain considerably higher than at home, and Russian employers in construction, transport and healthcare actively recruit in Belarus. Estimates of the number of Belarusians working in Russia range from 100,000 to more than 200,000, depending on whether seasonal workers are included.</p>
<p>For the Belarusian government, the picture is more ambiguous. The same Union State rules that Minsk defends as an achievement of integration make it harder to keep doctors, drivers and construction workers at home. The government’s response so far – targeted pay rises and compulsory job placement for graduates – has had limited effect.</p>
<p>The issue is likely to surface in talks on the next integration programme, but Minsk has few tools to restrict mobility without contradicting its own rhetoric, in which the Union State is presented as a common home.</p>`,
            seoDescription:
              "New Russian migration rules exempt Belarusians under Union State agreements, keeping open a labour outflow that worries Minsk.",
          },
          be: {
            title: "Статус Саюзнай дзяржавы абараняе беларускіх работнікаў ад новых расійскіх правілаў",
            lead: "Больш жорсткія расійскія міграцыйныя правілы, што ўступілі ў сілу 1 студзеня, не распаўсюджваюцца на грамадзян Беларусі дзякуючы пагадненням у межах Саюзнай дзяржавы. Выключэнне захоўвае лёгкі доступ да расійскага рынку працы – і менавіта гэта ўсё больш турбуе Мінск, бо адток кваліфікаваных кадраў працягваецца.",
            body: `<p>Новыя расійскія правілы ўводзяць больш строгую рэгістрацыю, моўнае тэсціраванне і біяметрычныя патрабаванні для замежных работнікаў. Беларусы ж карыстаюцца тымі самымі правамі ў сферы працаўладкавання, што і грамадзяне Расіі, і не маюць патрэбы ў дазволах на працу. Расійскія ведамствы пацвердзілі, што змены на іх не распаўсюджваюцца.</p>
<p>Для саміх беларусаў гэта добрая навіна. Заробкі ў Маскве, Санкт-Пецярбургу і паўночных рэгіёнах застаюцца значна вышэйшымі, чым дома, а расійскія наймальнікі ў будаўніцтве, транспарце і ахове здароўя актыўна вярбуюць работнікаў у Беларусі. Ацэнкі колькасці беларусаў, якія працуюць у Расіі, вагаюцца ад 100 да больш чым 200 тысяч – у залежнасці ад таго, ці ўлічваюцца сезонныя работнікі.</p>
<p>Для беларускага ўрада карціна больш неадназначная. Тыя самыя правілы Саюзнай дзяржавы, якія Мінск абараняе як дасягненне інтэграцыі, ускладняюць утрыманне дома лекараў, кіроўцаў і будаўнікоў. Цяперашні адказ урада – адрасныя павышэнні заробкаў і абавязковае размеркаванне выпускнікоў – даў абмежаваны эфект.</p>
<p>Пытанне, верагодна, усплыве на перамовах пра наступную інтэграцыйную праграму, аднак у Мінска мала інструментаў, каб абмежаваць мабільнасць, не супярэчачы ўласнай рыторыцы, у якой Саюзная дзяржава падаецца як агульны дом.</p>`,
            seoDescription:
              "Новыя расійскія міграцыйныя правілы не датычаць беларусаў – шлях для адтоку кадраў, які турбуе Мінск, застаецца адкрытым.",
          },
          ru: {
            title: "Статус Союзного государства защищает белорусских работников от новых российских правил",
            lead: "Ужесточённые российские миграционные правила, вступившие в силу 1 января, не распространяются на граждан Беларуси благодаря соглашениям в рамках Союзного государства. Исключение сохраняет лёгкий доступ к российскому рынку труда – и именно это всё больше беспокоит Минск, поскольку отток квалифицированных кадров продолжается.",
            body: `<p>Новые российские правила вводят более строгую регистрацию, языковое тестирование и биометрические требования для иностранных работников. Белорусы же пользуются равными с гражданами России правами в сфере трудоустройства и не нуждаются в разрешениях на работу. Российские ведомства подтвердили, что изменения на них не распространяются.</p>
<p>Для самих белорусов это хорошая новость. Зарплаты в Москве, Санкт-Петербурге и северных регионах остаются значительно выше, чем дома, а российские работодатели в строительстве, транспорте и здравоохранении активно вербуют работников в Беларуси. Оценки числа белорусов, работающих в России, колеблются от 100 до более чем 200 тысяч – в зависимости от того, учитываются ли сезонные работники.</p>
<p>Для белорусского правительства картина более неоднозначна. Те же правила Союзного государства, которые Минск отстаивает как достижение интеграции, затрудняют удержание дома врачей, водителей и строителей. Нынешний ответ правительства – адресные повышения зарплат и обязательное распределение выпускников – дал ограниченный эффект.</p>
<p>Вопрос, вероятно, всплывёт на переговорах о следующей интеграционной программе, однако у Минска мало инструментов, чтобы ограничить мобильность, не противореча собственной риторике, в которой Союзное государство представлено как общий дом.</p>`,
            seoDescription:
              "Новые российские миграционные правила не касаются белорусов – путь для оттока кадров, беспокоящего Минск, остаётся открытым.",
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
            title: "Warsaw Signals Partial Reopening of a Border Crossing",
            lead: "The Polish government has announced that the Bobrowniki crossing will reopen for freight traffic on a trial basis from February. The decision is limited and conditional, but it is the first easing of border restrictions by an EU neighbour in more than a year.",
            body: `<p>According to the Polish interior ministry, the crossing will handle trucks only, with strict inspections and a daily quota. Warsaw justified the move by the need to relieve the overloaded Brest–Terespol route and by a decline in border incidents since November. The ministry stressed that the decision could be reversed at any moment.</p>
<p>Minsk reacted with restraint: the Foreign Ministry called the step long overdue and urged the restoration of passenger traffic through all closed crossings. Belarusian carriers, who have borne most of the costs of the closures, welcomed the news.</p>
<p>The decision also has a political context. It follows the pre-holiday prisoner releases and comes amid quiet consultations between Warsaw and Washington on regional security. Poland is unlikely to go further without reciprocal steps, such as measures against irregular migration and an end to airspace incidents. Vilnius, by contrast, has given no sign of following suit before its own restrictions expire at the end of January.</p>
<p>We see this as a cautious improvement rather than a turning point. If the trial goes smoothly, the next step could be a limited restoration of bus services in the spring. Our <a href="https://example.org/belarus-border-crossings">overview of border crossings</a> tracks the status of each checkpoint.</p>`,
            seoDescription:
              "Poland will reopen the Bobrowniki crossing to freight on a trial basis from February – the first border easing by an EU neighbour in a year.",
          },
          be: {
            title: "Варшава сігналізуе пра частковае адкрыццё пункту пропуску на мяжы",
            lead: "Урад Польшчы абвясціў, што з лютага пункт пропуску «Бабровнікі» ў тэставым рэжыме адновіць прапуск грузавога транспарту. Рашэнне абмежаванае і ўмоўнае, аднак гэта першае за больш чым год паслабленне памежных абмежаванняў з боку суседа з ЕС.",
            body: `<p>Паводле міністэрства ўнутраных спраў Польшчы, пункт будзе прапускаць толькі грузавікі – са строгімі праверкамі і сутачнай квотай. Варшава растлумачыла крок неабходнасцю разгрузіць перагружаны кірунак Брэст – Тэрэспаль і зніжэннем колькасці інцыдэнтаў на мяжы з лістапада. У міністэрстве падкрэслілі, што рашэнне можа быць адмененае ў любы момант.</p>
<p>Мінск адрэагаваў стрымана: МЗС назвала крок даўно наспелым і заклікала аднавіць пасажырскі рух праз усе зачыненыя пункты пропуску. Беларускія перавозчыкі, якія панеслі асноўныя выдаткі ад закрыцця, навіну віталі.</p>
<p>Рашэнне мае і палітычны кантэкст. Яно з’явілася пасля перадсвяточных вызваленняў палітвязняў і на фоне ціхіх кансультацый Варшавы і Вашынгтона па рэгіянальнай бяспецы. Польшча наўрад ці пойдзе далей без адказных крокаў, такіх як меры супраць нелегальнай міграцыі і спыненне інцыдэнтаў у паветранай прасторы. Вільнюс, наадварот, не падае знакаў, што рушыць следам, да заканчэння тэрміну ўласных абмежаванняў у канцы студзеня.</p>
<p>Мы ацэньваем гэта як асцярожнае паляпшэнне, а не пералом. Калі тэставы рэжым пройдзе гладка, наступным крокам можа стаць абмежаванае аднаўленне аўтобуснага руху вясной. Стан кожнага пункту пропуску адлюстроўвае наш <a href="https://example.org/belarus-border-crossings">агляд памежных пераходаў</a>.</p>`,
            seoDescription:
              "Польшча з лютага ў тэставым рэжыме адкрые пункт «Бабровнікі» для грузавікоў – першае за год паслабленне на мяжы з боку ЕС.",
          },
          ru: {
            title: "Варшава сигнализирует о частичном открытии пункта пропуска на границе",
            lead: "Правительство Польши объявило, что с февраля пункт пропуска «Бобровники» в тестовом режиме возобновит пропуск грузового транспорта. Решение ограниченное и условное, однако это первое более чем за год ослабление пограничных ограничений со стороны соседа из ЕС.",
            body: `<p>По данным министерства внутренних дел Польши, пункт будет пропускать только грузовики – со строгими проверками и суточной квотой. Варшава объяснила шаг необходимостью разгрузить перегруженное направление Брест – Тересполь и снижением числа инцидентов на границе с ноября. В министерстве подчеркнули, что решение может быть отменено в любой момент.</p>
<p>Минск отреагировал сдержанно: МИД назвал шаг давно назревшим и призвал восстановить пассажирское движение через все закрытые пункты пропуска. Белорусские перевозчики, понёсшие основные издержки от закрытия, новость приветствовали.</p>
<p>У решения есть и политический контекст. Оно появилось после предпраздничных освобождений политзаключённых и на фоне тихих консультаций Варшавы и Вашингтона по региональной безопасности. Польша вряд ли пойдёт дальше без ответных шагов, таких как меры против нелегальной миграции и прекращение инцидентов в воздушном пространстве. Вильнюс, напротив, не подаёт признаков того, что последует этому примеру до истечения срока собственных ограничений в конце января.</p>
<p>Мы оцениваем это как осторожное улучшение, а не перелом. Если тестовый режим пройдёт гладко, следующим шагом может стать ограниченное восстановление автобусного сообщения весной. Состояние каждого пункта пропуска отражает наш <a href="https://example.org/belarus-border-crossings">обзор пограничных переходов</a>.</p>`,
            seoDescription:
              "Польша с февраля в тестовом режиме откроет пункт «Бобровники» для грузовиков – первое за год послабление на границе со стороны ЕС.",
          },
        },
      },
    ],
  },
];
