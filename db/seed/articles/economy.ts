import type { SeedArticle } from '../types';

export const economyArticles: readonly SeedArticle[] = [
  {
    slug: 'refiners-stick-with-russian-crude-despite-us-secondary-tariff-threat',
    headline: 'Refiners stick with Russian crude despite US secondary tariff threat',
    standfirst:
      'Russian oil still makes up the largest share of India’s crude imports, but refiners are weighing sanctions on tankers and a new threat of US tariffs on buyers.',
    category: 'economy',
    author: 'elena-sokolova',
    tags: ['Russia', 'Oil', 'Energy', 'Sanctions', 'United States'],
    publishedAt: '2025-04-02T10:30:00+05:30',
    image: {
      alt: 'Illustration of an oil tanker sailing along a dotted route from Russia to India, with a tariff stamp hovering above it',
      credit: 'Illustration: The Nation Express',
    },
    body: [
      'Indian refiners are continuing to buy large volumes of Russian crude, industry officials and traders say, even after President Donald Trump said on Sunday that he could impose secondary tariffs of 25% to 50% on countries purchasing Russian oil if Moscow did not agree to a ceasefire in Ukraine. The remarks, made in a US television interview, added a fresh layer of uncertainty to a trade that has become central to India’s energy security since 2022, when discounted Russian barrels began displacing supplies from Iraq and Saudi Arabia.',
      'Russia has been India’s single largest crude supplier for most of the past three years, accounting for roughly a third or more of imports in recent months according to ship-tracking estimates. State-run Indian Oil Corporation, Bharat Petroleum and Hindustan Petroleum buy mostly on the spot market, while Reliance Industries signed a long-term supply arrangement with Rosneft late last year. Nayara Energy, part-owned by Rosneft, runs the large Vadinar refinery in Gujarat and relies heavily on Russian feedstock.',
      'The sanctions imposed in January by the outgoing Biden administration on Gazprom Neft, Surgutneftegas and scores of tankers forced a brief reshuffle. Indian buyers declined cargoes on designated vessels and turned to sellers and shipowners outside the sanctions net, a process traders say took several weeks. Flows recovered by March, helped by new trading intermediaries and a wider pool of non-designated tankers, although freight and insurance costs rose and the discount on Russian grades narrowed for a time.',
      'Secondary tariffs would be a different instrument. Rather than targeting individual companies or ships, they would penalise a buyer country’s exports to the United States. Washington has already tested the idea: an executive order signed last week allows a 25% tariff on goods from countries that import Venezuelan oil, and Reliance, one of the few Indian buyers of Venezuelan crude, is reported to have paused those purchases in response.',
      '“The Venezuela order shows the template is real, but Russia is a far bigger supplier and the cost of walking away would be much higher for India,” said Aditi Deshpande, head of energy research at Meridian Commodities Research. She noted that replacing Russian barrels at short notice would mean competing with Chinese and European buyers for Middle Eastern and West African grades, which could push up prices at a time when New Delhi is keen to keep fuel inflation in check.',
      'Payment remains a practical constraint. Most Russian cargoes bought by Indian firms are settled in UAE dirhams or, in some cases, Chinese yuan, while the rupee-rouble mechanism promoted by both governments has seen limited use because Russian exporters accumulate rupees they find hard to spend. Bankers in Mumbai say any escalation in US pressure would first show up in tighter compliance checks by the banks handling the transactions rather than in an outright halt to purchases.',
      'For now, the government’s position is unchanged. New Delhi has repeatedly said it buys oil wherever it gets the best deal for its consumers and complies with the sanctions it is legally bound by, and officials argue that Indian purchases helped stabilise global prices. Refiners expect to keep a significant share of Russian oil in their crude slate for April and May, but several are said to be preparing contingency plans involving Middle Eastern, West African and US grades should the tariff threat harden into policy.',
    ],
  },
  {
    slug: 'rbi-cuts-repo-rate-to-6-and-shifts-to-accommodative-stance',
    headline: 'RBI cuts repo rate to 6% and shifts to accommodative stance',
    standfirst:
      'The Monetary Policy Committee delivered its second straight quarter-point cut and signalled more support for growth, citing soft inflation and the risks US tariffs pose to global demand.',
    category: 'economy',
    author: 'meera-kulkarni',
    tags: ['RBI', 'Inflation', 'Trade'],
    publishedAt: '2025-04-09T13:40:00+05:30',
    updatedAt: '2025-04-09T18:15:00+05:30',
    image: {
      alt: 'Illustration of a downward arrow cutting across a stylised central bank facade, with a percentage sign beside it',
      credit: 'Illustration: The Nation Express',
    },
    body: [
      'The Reserve Bank of India cut its benchmark repo rate by 25 basis points to 6% on Wednesday and changed its policy stance to accommodative from neutral, signalling that further easing is possible as inflation cools and global trade tensions cloud the growth outlook. The six-member Monetary Policy Committee voted unanimously for both decisions, Governor Sanjay Malhotra said in the first policy statement of the new financial year.',
      'It was the second consecutive reduction after February’s cut, the first in nearly five years, and takes the policy rate to its lowest level since late 2022. The standing deposit facility rate falls to 5.75% and the marginal standing facility rate to 6.25%. The change in stance may matter as much as the cut itself: the governor explained that, barring shocks, the committee is now weighing only two options at coming meetings, holding rates or lowering them further.',
      {
        type: 'list',
        ordered: false,
        items: [
          'Repo rate cut by 25 basis points to 6%, effective immediately',
          'Policy stance changed from neutral to accommodative',
          'GDP growth projection for 2025–26 lowered to 6.5% from 6.7%',
          'Retail inflation projection for 2025–26 trimmed to 4% from 4.2%',
        ],
      },
      'The decision came hours after higher US “reciprocal” tariffs, including a 26% levy on Indian goods, took effect, and against the backdrop of a sharp sell-off in global markets. The central bank lowered its growth forecast for 2025–26, citing uncertainty over trade policy and its potential drag on exports and private investment, while noting that domestic demand remains relatively resilient and that a good harvest has supported the rural economy.',
      'Inflation has given the committee room to act. Consumer price inflation eased to 3.61% in February, below the 4% target for the first time since August, as vegetable prices fell sharply after a strong winter crop. The RBI now expects headline inflation to average around 4% this year and described the food price outlook as markedly better, given expectations of a record wheat crop and healthy reservoir levels, though it flagged weather events and volatile global commodity prices as risks.',
      'Transmission will be watched closely. Loans linked to an external benchmark, which include most new home loans, will be repriced quickly, but deposit rates tend to adjust with a lag, limiting how fast banks can lower other lending rates. The RBI has injected substantial liquidity since January through open market purchases of government bonds, foreign exchange swaps and longer-term repo operations, and banking system liquidity has moved into surplus in recent weeks, conditions economists say should help pass the cut through to borrowers.',
      '“The shift in stance is the real message. The RBI is telling markets that it now sees growth as the bigger risk,” said Nandini Bhat, chief economist at Arcadia Securities. Economists are divided on how far the cycle will run, with several pencilling in a further 50 basis points of cuts over the course of the year if inflation stays close to target and the global slowdown deepens. Government bond yields eased after the announcement, while bank shares traded mixed. The committee’s next meeting is scheduled for early June.',
    ],
  },
  {
    slug: 'gulfs-share-of-remittances-to-india-slips-as-flows-from-advanced-economies-grow',
    headline: 'Gulf’s share of remittances to India slips as flows from advanced economies grow',
    standfirst:
      'India remains the world’s largest recipient of remittances, but a central bank survey shows the United States has overtaken the UAE as the biggest source, reshaping a decades-old pattern.',
    category: 'economy',
    author: 'news-desk',
    tags: ['Gulf', 'United States', 'UPI', 'Remittances'],
    publishedAt: '2025-04-11T15:45:00+05:30',
    image: {
      alt: 'Illustration of money-transfer arrows flowing from a Gulf skyline and a North American skyline towards a map of India',
      credit: 'Illustration: The Nation Express',
    },
    source: { name: 'Gulf Business Wire' },
    body: [
      'India received an estimated $129 billion in remittances in 2024, the most ever recorded for a single country according to World Bank estimates, yet the geography of that money is changing. A survey published by the Reserve Bank of India in March found that the United States accounted for more than a quarter of inward remittances in 2023–24, overtaking the United Arab Emirates, which contributed roughly a fifth, as the largest source.',
      'The shift reflects a change in who is migrating. The share of remittances from advanced economies, including the United States, Britain, Canada, Singapore and Australia, now exceeds that from the six Gulf Cooperation Council states combined, reversing the pattern of the previous two decades. Skilled Indians working in technology, finance and healthcare, and a growing number of students who stay on after graduation, tend to send larger amounts per transfer than construction and service workers in the Gulf.',
      'The Gulf remains critical for millions of households, particularly in Kerala, Tamil Nadu, Uttar Pradesh and Bihar, where remittances pay for housing, education and everyday consumption. Kerala has historically been the largest recipient state, although the latest survey put Maharashtra slightly ahead, reflecting the concentration of high-earning emigrants from Mumbai, Pune and other urban centres. Economists say the data show a widening gap between states that send professionals abroad and those that send labour.',
      'Gulf flows could face headwinds this year. The recent slide in crude prices, with Brent falling toward $60 a barrel this week amid the global tariff turmoil, squeezes the budgets of Gulf governments that fund the large infrastructure projects employing Indian workers. Policies favouring the hiring of local citizens, particularly in Saudi Arabia and Kuwait, are a longer-term constraint, although demand for Indian workers in construction, logistics and healthcare across the region has so far held up.',
      'At the same time, sending money home is becoming cheaper and faster. The linking of India’s UPI with the UAE’s instant payment platform and with Singapore’s PayNow, along with the local-currency settlement framework agreed between India and the UAE, is expected to shift more transfers away from cash-based exchange houses toward bank and app-based channels. Fintech firms and banks are competing aggressively on fees and exchange-rate margins for the corridor, one of the busiest in the world.',
      '“A weaker rupee tends to encourage remittances at the margin, but the bigger driver now is the skill mix of the diaspora,” said Sunita Pillai, director of research at Harbourline Advisory. Remittances are a vital cushion for India’s current account, offsetting a large part of the merchandise trade deficit alongside services exports. Analysts note that with the United States now the largest source, any slowdown in the American labour market would matter more for India’s external balance than it did a decade ago.',
    ],
  },
  {
    slug: 'imd-forecasts-above-normal-monsoon-easing-worries-over-food-prices',
    headline: 'IMD forecasts above-normal monsoon, easing worries over food prices',
    standfirst:
      'The weather office expects rainfall at 105% of the long-period average this year, a forecast that could support farm output and help keep food inflation subdued after two volatile years.',
    category: 'economy',
    author: 'news-desk',
    tags: ['Monsoon', 'Inflation', 'RBI', 'Climate'],
    publishedAt: '2025-04-16T09:00:00+05:30',
    image: {
      alt: 'Illustration of dark monsoon clouds over green paddy fields, with a falling price tag in the foreground',
      credit: 'Illustration: The Nation Express',
    },
    source: { name: 'South Asia News Service' },
    body: [
      'The India Meteorological Department on Tuesday forecast an above-normal southwest monsoon for 2025, projecting June–September rainfall at 105% of the long-period average, with a model error of plus or minus five percentage points. The long-period average for the season is about 87 centimetres. The forecast, the first of two stage outlooks the department issues each year, is one of the most closely watched economic signals of the spring in a country where roughly half the farmland still depends on rain.',
      'Officials said neutral El Niño–Southern Oscillation conditions were likely to persist through the season, reducing the risk of an El Niño, which is typically associated with weaker rains over the subcontinent. The Indian Ocean Dipole is also expected to remain neutral. The department said snow cover over Eurasia during the winter and early spring had been below normal, a pattern historically linked with a stronger monsoon. An updated forecast, with a month-by-month outlook, is due in late May.',
      'The IMD projection is somewhat more optimistic than that of private forecaster Skymet, which last week predicted a normal monsoon at 103% of the average. Both point to a far better season than in 2023, when El Niño conditions produced a deficient monsoon and hurt pulses and rice output. Last year’s monsoon ended above normal, helping kharif sowing and replenishing reservoirs that now hold comfortable levels of water for this time of year.',
      'The outlook adds to evidence that food price pressures are easing. Data released on Tuesday showed consumer price inflation slowed to 3.34% in March, the lowest in more than five years, with food inflation falling below 3% as vegetable prices dropped. Wheat procurement has started briskly on the back of what the government expects to be a record harvest, which should ease pressure on cereal prices that stayed elevated through much of last year.',
      'Economists caution that a good aggregate number is no guarantee. The timing and spread of the rains matter as much as the seasonal total, and a delayed onset or long dry spells in July could hurt the sowing of rice, pulses and oilseeds. The weather office has also warned of more heatwave days than usual in several regions between April and June, which could damage perishable crops, reduce milk yields and push up vegetable prices before the rains arrive.',
      '“A normal-plus monsoon on top of a strong rabi harvest gives the RBI more comfort that food will not derail its easing cycle,” said Farhan Qureshi, senior economist at Lodestar Research. A good season would also support rural demand, which has been recovering over the past year, and could lift sales of tractors, two-wheelers, fertilisers and fast-moving consumer goods in the second half of the year, he added, although much will depend on how evenly the rain is distributed.',
    ],
  },
  {
    slug: 'india-and-us-finalise-terms-for-trade-talks-as-tariff-pause-clock-ticks',
    headline: 'India and US finalise terms for trade talks as tariff pause clock ticks',
    standfirst:
      'New Delhi and Washington have agreed the terms of reference for a bilateral trade agreement, aiming for early progress before a 90-day suspension of higher US tariffs on Indian goods runs out in July.',
    category: 'economy',
    author: 'meera-kulkarni',
    tags: ['United States', 'Trade', 'China'],
    publishedAt: '2025-04-23T18:20:00+05:30',
    updatedAt: '2025-04-23T22:05:00+05:30',
    image: {
      alt: 'Illustration of Indian and US flags on either side of a negotiating table, with a large hourglass in the centre',
      credit: 'Illustration: The Nation Express',
    },
    body: [
      'India and the United States have finalised the terms of reference for negotiations on a bilateral trade agreement, a step announced after Prime Minister Narendra Modi met US Vice President JD Vance in New Delhi on Monday. Officials on both sides have described the aim as a first tranche of the pact by the autumn, but the more immediate deadline falls in early July, when a 90-day pause on the higher reciprocal tariff rate set for India by President Donald Trump is due to expire.',
      'Under the tariff schedule unveiled on April 2, Indian goods faced a 26% duty, lower than the rates applied to Asian competitors such as Vietnam, Thailand and China but well above the baseline. Washington suspended the higher rates for most trading partners a week later, leaving a 10% levy in place. Pharmaceuticals, semiconductors and certain energy products were excluded from the reciprocal tariffs, and a later exemption covered smartphones and computers, an important carve-out for India’s fast-growing electronics exports.',
      'US negotiators are seeking lower Indian tariffs on industrial and farm goods, wider market access for American agricultural products and changes to non-tariff barriers such as quality-control orders and import licensing. India has already made gestures: the February budget cut duties on items including high-end motorcycles and bourbon whiskey, and the government scrapped the 6% equalisation levy on online advertising from April 1, a tax Washington had long criticised as discriminatory against American technology companies.',
      'India, for its part, wants relief from the reciprocal tariffs and from the separate 25% duties on steel, aluminium and automobiles, and better access for labour-intensive exports such as textiles, footwear, gems and jewellery, and processed food. Agriculture and dairy remain politically sensitive areas where New Delhi has signalled limited room to move, particularly on genetically modified crops and animal feed, given the livelihoods of hundreds of millions of small farmers.',
      {
        type: 'quote',
        text: 'India has a rare window. It is not the main target of Washington’s tariff campaign, and an early deal would lock in an advantage over Asian rivals competing for the same supply chains.',
        attribution: 'Rahul Bhandari, trade policy fellow at the Centre for Open Economies',
      },
      'Electronics shows what is at stake. India’s smartphone exports to the United States have surged over the past year, driven largely by iPhone assembly, and the exemption for smartphones has for now preserved that advantage. Exporters in other sectors say American buyers have been front-loading orders during the pause, and some are asking Indian suppliers to share the cost of any eventual duty, squeezing margins for garment and engineering firms that already operate on thin profits.',
      'The United States was India’s largest trading partner in 2024–25, and India runs a sizeable goods trade surplus with it, a figure Washington has repeatedly cited. The two leaders set a goal in February of more than doubling bilateral trade to $500 billion by 2030. Officials say negotiators will work through sector-specific discussions, partly online, in the coming weeks. Economists estimate that the direct hit from higher US tariffs would be modest for India’s growth, but warn that the indirect effect of slower global demand could be larger.',
    ],
  },
  {
    slug: 'india-eu-trade-talks-enter-tough-stretch-on-cars-carbon-tax-and-wine',
    headline: 'India–EU trade talks enter tough stretch on cars, carbon tax and wine',
    standfirst:
      'Negotiators are racing to meet a year-end deadline set by Narendra Modi and Ursula von der Leyen, but the hardest chapters, from automobiles to the EU’s carbon border levy, remain open.',
    category: 'economy',
    author: 'rohan-iyer',
    tags: ['Trade', 'Climate', 'European Union'],
    publishedAt: '2025-04-28T12:10:00+05:30',
    image: {
      alt: 'Illustration of the Indian tricolour and the EU circle of stars joined by a half-closed zip fastener',
      credit: 'Illustration: The Nation Express',
    },
    body: [
      'Negotiators from India and the European Union are preparing for their next round of free trade talks with a deadline hanging over them: the end of 2025, the target set when European Commission President Ursula von der Leyen visited New Delhi with her College of Commissioners in late February. The talks, relaunched in 2022 after a nine-year hiatus, have gained urgency as sweeping US tariffs push both sides to diversify their trade relationships and reduce their dependence on any single market.',
      { type: 'heading', text: 'Where the gaps remain' },
      'Cars are the most visible sticking point. European manufacturers want steep cuts to Indian import duties on fully built vehicles, which remain among the highest of any major economy even after reductions in the February budget. India wants to protect a domestic industry that is only beginning its shift to electric vehicles. People familiar with the talks say a phased reduction, possibly limited by quotas and price thresholds, is under discussion, but the two sides remain apart on the pace.',
      'Wines and spirits, a priority for France and Italy, are another test. India has signalled willingness to lower tariffs on premium products gradually, but sensitive agricultural lines, including dairy, are largely off the table. In return, India is pressing for better access for textiles, leather, garments, pharmaceuticals and engineering goods, and for easier movement of professionals, an area where Brussels has limited room because visa rules are largely set by individual member states.',
      'The EU’s Carbon Border Adjustment Mechanism looms over the negotiations. From January 2026, importers of steel, aluminium, cement, fertilisers and some other goods into the bloc will have to buy certificates covering the carbon emitted in making those products. Indian officials have called the mechanism a unilateral trade barrier and want recognition of India’s own emerging carbon market or some form of accommodation, while Brussels maintains that it is a climate measure that cannot be bargained away in a trade deal.',
      'Other contested areas include government procurement, intellectual property protection for medicines, sustainability chapters with labour and environmental commitments, and the EU’s deforestation regulation, which affects exporters of coffee, leather and rubber. Separately, the two sides are negotiating an investment protection agreement and a pact on geographical indications, which may not move at the same pace as the main trade agreement and could be concluded later.',
      'India’s parallel talks with Britain are reported to be close to conclusion, and a deal there could offer a template on services and automobiles. Trade officials say the EU negotiations are more complex because of the depth of the bloc’s regulations and the need to satisfy 27 member states. The EU is among India’s largest trading partners in goods, and European companies are among the biggest foreign investors in Indian manufacturing, retail and infrastructure.',
      '“Both sides have political cover to compromise now, because the alternative is facing a more protectionist United States alone,” said Meenal Sarkar, senior fellow at the Indo-European Policy Forum. Whether that translates into concessions on cars and carbon, she added, would become clear only over the next two or three rounds. The next round of negotiations is expected to be held in New Delhi in May, with chief negotiators aiming to close several less contentious chapters before the summer.',
    ],
  },
  {
    slug: 'rupee-ends-april-stronger-as-foreign-investors-return',
    headline: 'Rupee ends April stronger as foreign investors return',
    standfirst:
      'The currency recorded a second straight monthly gain as a weaker dollar and renewed foreign buying of Indian shares outweighed tariff turmoil and tensions with Pakistan.',
    category: 'economy',
    author: 'news-desk',
    tags: ['RBI', 'Rupee', 'Oil', 'Trade'],
    publishedAt: '2025-05-02T16:30:00+05:30',
    image: {
      alt: 'Illustration of a rising line chart over a stylised rupee symbol, with a fading dollar sign in the background',
      credit: 'Illustration: The Nation Express',
    },
    source: { name: 'Capital Markets Wire' },
    disclaimer:
      'Disclaimer: This article is for information only and does not constitute investment advice. Readers should consult a registered adviser before making investment or currency-hedging decisions.',
    body: [
      'The Indian rupee ended April stronger against the US dollar, extending a recovery that began in March after the currency hit a record low near 88 per dollar in February. Traders attributed the gains to a broad decline in the dollar, which fell to its weakest level in about three years against a basket of major currencies during the month, and to the return of foreign portfolio investors to Indian equities in the second half of April.',
      'The recovery has been uneven. The currency weakened sharply in the days after the United States announced sweeping tariffs on April 2, as investors dumped emerging-market assets, before rebounding once Washington paused the higher rates for most trading partners. Tensions between India and Pakistan following the April 22 attack on tourists at Pahalgam in Jammu and Kashmir triggered bouts of volatility late in the month but did not reverse the broader trend.',
      'Foreign investors, who sold Indian equities heavily between October and March, turned net buyers on most trading days after mid-April, according to exchange data, attracted by the relative insulation of India’s domestic economy from global trade shocks and by the Reserve Bank of India’s rate cuts. Debt inflows have also been supported by the inclusion of Indian government bonds in major global bond indices since last year, which has created a steady source of passive demand.',
      'The RBI has used the respite to rebuild its foreign exchange reserves, which fell late last year and in January as it sold dollars to defend the rupee. Reserves have climbed back close to $690 billion, according to the latest weekly data, and dealers said the central bank had been buying dollars on the way up to limit the pace of appreciation and to trim its outstanding forward positions. Such intervention tends to smooth rather than stop currency moves.',
      'Lower crude prices have also helped. India imports more than 85% of the oil it consumes, and Brent’s fall to the low-to-mid $60s a barrel has eased pressure on the import bill and reduced dollar demand from state-run oil companies, which are among the largest buyers in the domestic currency market. Importers who rushed to hedge their exposure when the rupee was sliding earlier in the year have also scaled back, dealers said.',
      '“The path of least resistance is mild appreciation, but the RBI will not let the rupee become a one-way bet in either direction,” said Ishaan Mehrotra, head of currency strategy at Tidewater Capital. Risks remain, he added, including the outcome of trade negotiations with Washington, the possibility of renewed escalation with Pakistan and any shift in expectations for US interest rates, which could quickly revive demand for the dollar across emerging markets.',
    ],
  },
];
