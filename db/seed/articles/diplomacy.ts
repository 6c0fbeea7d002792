import type { SeedArticle } from '../types';

export const diplomacyArticles: readonly SeedArticle[] = [
  {
    slug: 'modi-signs-first-defence-pact-with-sri-lanka-after-bimstec-summit',
    headline: 'Modi Signs First Defence Pact With Sri Lanka After BIMSTEC Summit in Bangkok',
    standfirst:
      'India and Sri Lanka signed a defence cooperation memorandum and a clutch of energy agreements during Narendra Modi’s visit to Colombo, which followed a regional summit where he met Bangladesh’s interim leader.',
    category: 'diplomacy',
    author: 'ananya-rao',
    tags: ['Narendra Modi', 'Indian Ocean', 'China', 'Energy'],
    publishedAt: '2025-04-06T19:20:00+05:30',
    image: {
      alt: 'Illustration of the Colombo waterfront with Indian and Sri Lankan flags over a map of the Palk Strait',
      credit: 'Illustration: The Nation Express',
    },
    body: [
      'Prime Minister Narendra Modi concluded a visit to Sri Lanka on Sunday after the two countries signed their first memorandum of understanding on defence cooperation, formalising security ties that have long been close but largely informal. The agreement, signed during talks with President Anura Kumara Dissanayake in Colombo, was among several documents covering energy, digital infrastructure, health and development assistance. It was Modi’s first visit to the island since Dissanayake, whose party was historically wary of India, took office last September.',
      'Officials said the defence memorandum provides a framework for exercises, training, port calls and exchanges rather than committing either side to specific deployments. Sri Lanka has been a focus of competition between India and China in recent years, particularly over visits by Chinese research vessels to its ports, and Colombo has sought to balance its relationships. Dissanayake reiterated during the visit that Sri Lanka would not allow its territory to be used in any manner inimical to India’s security, a commitment he first made in New Delhi in December.',
      'Energy featured prominently. The two sides, together with the United Arab Emirates, agreed to develop Trincomalee as an energy hub, and signed an agreement on a power grid interconnection between the two countries. Modi and Dissanayake also virtually inaugurated the Sampur solar power project in eastern Sri Lanka, developed with Indian participation. India has positioned itself as Sri Lanka’s most important economic partner since extending around $4 billion in assistance during the island’s 2022 financial crisis.',
      'Before arriving in Colombo, Modi attended the summit of the Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation, or BIMSTEC, in Bangkok, where leaders adopted a vision document for the grouping. On the sidelines he held his first meeting with Muhammad Yunus, head of Bangladesh’s interim government, since the fall of Sheikh Hasina’s government last August. Officials said Modi raised the safety of minorities in Bangladesh and called for a constructive atmosphere, while Dhaka raised its request for Hasina’s extradition.',
      'Relations with Dhaka have been strained since Hasina fled to India, and recent remarks by Yunus during a visit to China describing India’s north-eastern states as landlocked drew sharp reactions in New Delhi. Diplomats described the Bangkok meeting as an effort to stabilise ties rather than a breakthrough. The contrast with the warmth on display in Colombo underlined how uneven India’s neighbourhood has become, with improved relations in some capitals offset by new frictions in others.',
      'Analysts say the Sri Lanka visit reflected New Delhi’s effort to turn its crisis-era support into durable economic and security links. Modi was conferred the Sri Lanka Mitra Vibhushana, the country’s highest honour for foreign leaders, and visited the ancient city of Anuradhapura before returning home. The agreements will be judged by how quickly they become projects on the ground, an area in which India has sometimes lagged behind China in its neighbourhood.',
    ],
  },
  {
    slug: 'india-pushes-central-asia-outreach-through-chabahar-as-sanctions-cloud-the-route',
    headline: 'India Pushes Central Asia Outreach Through Chabahar as Sanctions Cloud the Route',
    standfirst:
      'New Delhi is trying to turn years of summit declarations with the five Central Asian republics into trade and energy links, but its main access route runs through an Iranian port under renewed US pressure.',
    category: 'diplomacy',
    author: 'rohan-iyer',
    tags: ['Central Asia', 'Trade', 'China', 'Sanctions'],
    publishedAt: '2025-04-10T15:30:00+05:30',
    image: {
      alt: 'Illustration of a cargo port on the Gulf of Oman linked by rail lines to the mountains and steppes of Central Asia',
      credit: 'Illustration: The Nation Express',
    },
    body: [
      'India is stepping up efforts to deepen ties with the five Central Asian republics, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan, as it seeks to secure energy supplies, expand trade and offset the growing economic presence of China in a region long viewed in New Delhi as part of its extended neighbourhood. Officials are working on a new round of ministerial dialogue with the region, and discussions continue on a second leaders’ summit after the first India–Central Asia Summit was held virtually in January 2022.',
      'The obstacles are largely geographic. With Pakistan blocking overland transit and Afghanistan unstable, India’s trade with the region must move by long and costly routes, and it remains modest compared with India’s trade with many individual partners in Southeast Asia or the Gulf. Indian officials see the Shahid Beheshti terminal at Iran’s Chabahar port, which an Indian state-owned company has operated since 2018 and for which it signed a ten-year contract last May, as the key to changing that.',
      'Chabahar connects to the International North–South Transport Corridor and to rail links running through Turkmenistan and Kazakhstan. Uzbekistan and Kazakhstan have both expressed interest in using the port, and India has proposed that it be formally included in the corridor. Cargo has moved through it in modest volumes so far, including Indian humanitarian wheat shipments to Afghanistan in previous years, and Indian officials say a steadier flow of commercial traffic is the next test.',
      'The route, however, is exposed to US policy towards Iran. The Trump administration has restored a maximum pressure campaign against Tehran, including a February directive that called for a review of sanctions waivers, among them those relating to the Chabahar project. India’s operations at the port have relied on an exemption granted in 2018. Indian officials argue that the port serves regional stability and Afghan humanitarian needs, but acknowledge that uncertainty over the waiver could deter shippers and insurers.',
      {
        type: 'quote',
        text: 'Central Asian governments want more partners, not fewer, and India is welcome. But goodwill does not move containers. Until there is a predictable route, India will remain a friend the region talks to more than it trades with.',
        attribution: 'Farida Nurlanova, a senior researcher at the Institute for Eurasian Connectivity in Almaty',
      },
      'India has sought to build ties through other channels as well. Kazakh uranium fuels Indian reactors, Indian pharmaceutical firms have a strong presence in the region, and Indian lines of credit have funded infrastructure and digital projects. Training programmes under India’s technical and economic cooperation scheme draw officials from across Central Asia each year, and New Delhi has expanded defence contacts through regular joint exercises with Kazakhstan, Kyrgyzstan and Uzbekistan.',
      'Russia remains the most influential external power in Central Asia, and analysts say Moscow has generally not objected to India’s outreach, seeing New Delhi as a useful counterweight to China’s expanding economic footprint. The region’s appetite for diversifying its partners creates an opening for India, they argue, but New Delhi will need to match political goodwill with financing, market access and reliable transport links if it is to compete with the scale of Beijing’s engagement.',
    ],
  },
  {
    slug: 'india-weighs-its-place-in-brics-and-sco-as-tariff-turmoil-reshapes-agenda',
    headline: 'India Weighs Its Place in BRICS and the SCO as Tariff Turmoil Reshapes the Agenda',
    standfirst:
      'With China chairing the Shanghai Cooperation Organisation and Brazil leading an enlarged BRICS, New Delhi faces a year of meetings in which it must balance its Western and non-Western partnerships.',
    category: 'diplomacy',
    author: 'rohan-iyer',
    tags: ['BRICS', 'SCO', 'China', 'United States', 'Trade'],
    publishedAt: '2025-04-14T17:45:00+05:30',
    image: {
      alt: 'Illustration of a round conference table ringed by national flags, with a globe and rising tariff arrows above it',
      credit: 'Illustration: The Nation Express',
    },
    source: { name: 'Global Affairs Syndicate' },
    body: [
      'India enters a busy season of multilateral diplomacy in two groupings where it sits alongside China and Russia, at a moment when sweeping US tariff announcements have unsettled the global trading system. Brazil holds the BRICS chair this year and will host the grouping’s foreign ministers in Rio de Janeiro later this month, ahead of a leaders’ summit in July. China chairs the Shanghai Cooperation Organisation, with ministerial meetings scheduled through the year before a summit in the port city of Tianjin.',
      'Both groupings have expanded in recent years. BRICS admitted Egypt, Ethiopia, Iran and the United Arab Emirates in 2024, Indonesia joined as a full member in January, and a new category of partner countries has been created. The SCO added Iran in 2023 and Belarus last year. Indian officials have accepted expansion while stressing that new members should be admitted by consensus and that neither grouping should become a platform directed against any country.',
      'For New Delhi, the challenge is to use these forums to advance its interests without appearing to endorse positions it opposes. India has declined to endorse China’s Belt and Road Initiative in SCO documents, citing sovereignty concerns over the China–Pakistan Economic Corridor’s route through Pakistan-administered Kashmir. It has also been cautious about proposals for alternatives to the US dollar within BRICS, a subject that has drawn threats of tariffs from President Donald Trump.',
      'The tariff dispute has added urgency. The United States announced steep reciprocal tariffs on dozens of trading partners on 2 April before pausing most of them for 90 days, while sharply raising duties on Chinese goods. India, which is negotiating a bilateral trade agreement with Washington, has avoided joining any collective response. Officials expect the issue to surface at BRICS meetings, where several members want a stronger defence of the multilateral trading system.',
      'Relations with China, the dominant economic force in both groupings, have improved cautiously since the two countries reached an understanding on patrolling along their disputed border in October, which allowed Modi and President Xi Jinping to meet at the BRICS summit in Kazan. The two sides are marking 75 years of diplomatic relations this year and have discussed resuming direct flights and the Kailash Mansarovar pilgrimage. Diplomats say the thaw remains fragile.',
      'Russia, meanwhile, values both groupings as evidence that it is not isolated internationally, and looks to India as a partner that keeps them from becoming purely China-centric. Analysts say New Delhi’s interest lies in a similar direction: membership gives it a voice in forums where much of the Global South’s agenda is shaped, while its ties with the United States, Europe and Japan ensure it is not bound to any single bloc.',
    ],
  },
  {
    slug: 'modi-cuts-short-saudi-visit-after-pahalgam-attack',
    headline: 'Modi Cuts Short Saudi Visit After Pahalgam Attack as India and Riyadh Deepen Ties',
    standfirst:
      'The Prime Minister returned to New Delhi early on Wednesday after talks with Crown Prince Mohammed bin Salman in Jeddah, where the two sides reviewed energy, investment and defence cooperation.',
    category: 'diplomacy',
    author: 'ananya-rao',
    tags: ['Gulf', 'Narendra Modi', 'Pahalgam attack', 'Energy', 'Oil'],
    publishedAt: '2025-04-23T08:40:00+05:30',
    updatedAt: '2025-04-23T12:10:00+05:30',
    image: {
      alt: 'Illustration of an aircraft departing a Red Sea coastline at night, with Indian and Saudi flag colours in the clouds',
      credit: 'Illustration: The Nation Express',
    },
    body: [
      'Prime Minister Narendra Modi cut short a two-day visit to Saudi Arabia and returned to New Delhi early on Wednesday following the terror attack at Pahalgam in Jammu and Kashmir, in which gunmen killed 26 people. Modi had arrived in Jeddah on Tuesday and held talks with Crown Prince and Prime Minister Mohammed bin Salman. He skipped an official dinner and flew home overnight, and on landing was briefed at the airport by senior officials, including the National Security Adviser and the External Affairs Minister.',
      'Before the visit was curtailed, the two leaders co-chaired the second meeting of the India–Saudi Arabia Strategic Partnership Council, a framework set up in 2019 to coordinate cooperation across ministries. Officials said the council agreed to create a new ministerial committee on defence cooperation, alongside existing tracks on political, security, economic and cultural ties. Saudi Arabia condemned the Pahalgam attack and expressed solidarity with India, according to Indian officials.',
      'Energy remains the core of the relationship. Saudi Arabia is among India’s largest suppliers of crude oil and liquefied petroleum gas, and the two sides discussed Saudi participation in Indian refining and petrochemical projects. Officials said the two governments had agreed to cooperate on establishing two refineries in India, though locations and partners were not announced. Long-delayed plans for a mega refinery on India’s west coast, once the centrepiece of Saudi investment pledges, have been scaled back and reworked in recent years.',
      'Investment is the second pillar. Riyadh pledged in 2019 to invest $100 billion in India, and officials on both sides say a high-level task force has been working to channel funds into energy, infrastructure, technology and fertilisers. More than two million Indians live and work in Saudi Arabia, sending home remittances that are among the largest from any country, and their welfare featured in the talks alongside the quota for Indian Haj pilgrims.',
      'The visit underlined the weight of the Gulf in Indian foreign policy, which has grown under Modi as India has built close ties with Saudi Arabia, the United Arab Emirates and other Gulf states that once viewed New Delhi through the lens of their relations with Pakistan. Analysts say that shift will be tested in the days ahead, as both India and Pakistan reach out to Gulf capitals that maintain close relationships with each of them.',
    ],
  },
  {
    slug: 'india-expels-pakistani-military-advisers-and-shuts-attari-crossing',
    headline: 'India Expels Pakistani Military Advisers and Shuts Attari Crossing After Pahalgam Attack',
    standfirst:
      'New Delhi declared Pakistan’s defence attachés persona non grata, cut embassy staff and cancelled visas a day after the attack that killed 26 people. Islamabad has retaliated by closing its airspace and suspending trade.',
    category: 'diplomacy',
    author: 'news-desk',
    tags: ['Pakistan', 'Pahalgam attack', 'Terrorism', 'Indus Waters Treaty', 'Kashmir'],
    publishedAt: '2025-04-24T12:40:00+05:30',
    updatedAt: '2025-04-24T17:20:00+05:30',
    image: {
      alt: 'Illustration of closed iron gates at a border crossing under a dusk sky, with two flags lowered on either side',
      credit: 'Illustration: The Nation Express',
    },
    source: { name: 'South Asia News Service' },
    body: [
      'India has declared the defence, naval and air advisers at Pakistan’s High Commission in New Delhi persona non grata and given them a week to leave the country, in a series of punitive diplomatic measures announced after the terror attack at Pahalgam in Jammu and Kashmir. The decisions were taken on Wednesday at a meeting of the Cabinet Committee on Security chaired by Prime Minister Narendra Modi, and were announced by Foreign Secretary Vikram Misri at an evening briefing.',
      'India will also withdraw its own defence, naval and air advisers from its High Commission in Islamabad, and the posts will be treated as annulled in both missions, along with those of their support staff. The overall strength of both High Commissions is to be brought down from 55 to 30 by 1 May. Diplomats said the cuts, taken together, amount to one of the most significant downgrades of ties between the two countries in years.',
      'The government also announced that the Indus Waters Treaty of 1960 would be held in abeyance with immediate effect until Pakistan credibly and irrevocably ends its support for cross-border terrorism, and that the Integrated Check Post at Attari, the main land crossing between the two countries, would be closed. Pakistani nationals will no longer be allowed to travel to India under the SAARC Visa Exemption Scheme, and those already in India on such visas were given 48 hours to leave.',
      'Misri told reporters that the cross-border linkages of the attack had been set out at the meeting, and that the security forces had been directed to maintain a high state of alert. India holds militants backed from across the border responsible for the assault, in which gunmen opened fire on tourists in the Baisaran meadow near Pahalgam. A group calling itself The Resistance Front, which Indian security agencies regard as a front for the Pakistan-based Lashkar-e-Taiba, was initially reported to have claimed the attack.',
      'Pakistan responded on Thursday afternoon after a meeting of its National Security Committee chaired by Prime Minister Shehbaz Sharif. It closed its airspace to Indian-owned and Indian-operated airlines, suspended all trade with India, including through third countries, and announced reciprocal measures against India’s diplomatic presence in Islamabad, declaring the Indian advisers persona non grata. It also closed the Wagah border crossing and suspended SAARC visas for Indian nationals, with an exception for Sikh pilgrims.',
      'Islamabad rejected India’s decision on the Indus Waters Treaty, saying any attempt to stop or divert water belonging to Pakistan under the treaty would be considered an act of war, and said it could hold all bilateral agreements with India, including the 1972 Simla Agreement, in abeyance. Pakistani officials have denied any involvement in the Pahalgam attack. Diplomats in both capitals said the tit-for-tat measures left few formal channels open at a moment of acute tension.',
      'Analysts noted that the measures go further than those taken after the 2019 Pulwama bombing, when India withdrew most-favoured-nation trade status from Pakistan before carrying out air strikes. The two countries have run their missions without high commissioners since August 2019, when Pakistan downgraded ties after India revoked Jammu and Kashmir’s special status. The Ministry of External Affairs briefed envoys from several countries on Thursday as New Delhi set out its case to foreign governments.',
    ],
  },
  {
    slug: 'what-indias-suspension-of-the-indus-waters-treaty-means-for-pakistan',
    headline: 'What India’s Suspension of the Indus Waters Treaty Means for Pakistan and the Region',
    standfirst:
      'Holding the 1960 water-sharing pact in abeyance gives New Delhi new leverage, but engineers say India cannot quickly stop the flow of the western rivers on which Pakistan’s farms depend.',
    category: 'diplomacy',
    author: 'vikram-sethi',
    tags: ['Indus Waters Treaty', 'Pakistan', 'Pahalgam attack', 'Kashmir'],
    publishedAt: '2025-04-26T13:00:00+05:30',
    image: {
      alt: 'Illustration of a Himalayan river winding through a gorge past a run-of-the-river dam, with a map of the Indus basin overlaid',
      credit: 'Illustration: The Nation Express',
    },
    body: [
      'India’s decision to hold the Indus Waters Treaty in abeyance, announced after the Pahalgam attack, has put one of the world’s most durable water-sharing agreements in question for the first time in its 65-year history. The treaty, signed in Karachi in 1960 by Prime Minister Jawaharlal Nehru and Pakistan’s President Ayub Khan, with the World Bank as a signatory, survived three wars and decades of hostility. On Thursday, India’s water resources secretary formally conveyed the decision to her Pakistani counterpart in a letter citing sustained cross-border terrorism.',
      'The treaty divides the six rivers of the Indus basin and established a permanent commission of water officials from both sides, who have traditionally met every year, exchanged flow data and inspected projects. Its dispute resolution machinery has been tested repeatedly, most recently over two Indian hydropower projects in Jammu and Kashmir, which Pakistan has challenged. In broad terms, the allocation of the rivers works as follows.',
      {
        type: 'list',
        ordered: false,
        items: [
          'The eastern rivers, the Ravi, Beas and Sutlej, are allocated to India for unrestricted use.',
          'The western rivers, the Indus, Jhelum and Chenab, flow largely to Pakistan, with India allowed limited use for domestic needs, agriculture and run-of-the-river hydropower.',
          'India must share flow data and give advance notice of the design of projects on the western rivers, allowing Pakistan to raise objections.',
        ],
      },
      'Holding the treaty in abeyance means, in practice, that India no longer considers itself bound by these obligations. Indian officials have indicated that the country will stop sharing hydrological data, will not attend meetings of the Permanent Indus Commission and will move ahead with projects on the western rivers without the design constraints and consultations the treaty imposed. The treaty contains no provision for unilateral suspension, and Pakistan and a number of legal experts argue that it cannot be set aside in this way.',
      'Pakistan has reacted strongly. Its National Security Committee said on Thursday that any attempt to stop or divert water belonging to Pakistan under the treaty would be treated as an act of war, and officials in Islamabad have said they are examining legal options, including approaching the World Bank and international forums. The great majority of Pakistan’s irrigated agriculture depends on the Indus system, and the rivers are central to its food security and power generation.',
      'Engineers and hydrologists caution that India’s ability to reduce flows in the short term is limited. The western rivers carry enormous volumes during the summer melt, and India lacks the storage dams and canals needed to hold back or divert significant quantities. Existing projects are mostly run-of-the-river plants with little storage. Building new reservoirs and canals would take years and face formidable engineering and environmental challenges in Himalayan terrain.',
      'The more immediate effects are likely to come from the withholding of data and greater freedom in managing existing reservoirs. Flushing silt from reservoirs or altering the timing of releases, operations the treaty restricted, could affect flows downstream at sensitive moments in the sowing season. The loss of flood warnings and flow data during the monsoon could also hamper Pakistan’s disaster preparations, analysts say.',
      'India had already sought to renegotiate the treaty, issuing notices to Pakistan in January 2023 and September 2024 calling for modifications in light of changed circumstances, including population growth, clean energy needs and what it described as persistent cross-border terrorism. Analysts say holding it in abeyance turns a long-running grievance into a strategic instrument, but one whose consequences for regional stability, and for India’s own position as both an upstream and a downstream state, will unfold over years rather than weeks.',
    ],
  },
  {
    slug: 'un-urges-restraint-as-india-and-pakistan-lobby-world-capitals',
    headline: 'UN Urges Restraint as India and Pakistan Lobby World Capitals Over Pahalgam Attack',
    standfirst:
      'The Security Council has condemned the attack and the Secretary-General has spoken to both sides, as New Delhi seeks accountability for the killings and Islamabad presses for international mediation.',
    category: 'diplomacy',
    author: 'rohan-iyer',
    tags: ['United Nations', 'Pahalgam attack', 'Pakistan', 'United States', 'S. Jaishankar'],
    publishedAt: '2025-05-01T20:15:00+05:30',
    image: {
      alt: 'Illustration of the UN Security Council chamber with an empty horseshoe table and a map of South Asia on the wall',
      credit: 'Illustration: The Nation Express',
    },
    source: { name: 'World Affairs Wire' },
    body: [
      'The United Nations has stepped up calls for restraint between India and Pakistan as tensions over the Pahalgam attack continue to mount, with Secretary-General António Guterres speaking by telephone with leaders from both countries this week. The UN chief spoke with India’s External Affairs Minister S. Jaishankar and Pakistan’s Prime Minister Shehbaz Sharif on Tuesday, according to his office, condemning the attack, urging both sides to avoid a confrontation and offering his good offices to support de-escalation.',
      'The Security Council had earlier issued a press statement on 25 April condemning the attack in the strongest terms and calling for its perpetrators, organisers, financiers and sponsors to be held accountable and brought to justice. Pakistan, which holds a non-permanent seat on the council for 2025–26, took part in negotiations on the text, and diplomats said some language in earlier drafts was softened before agreement was reached. Indian officials have pointed to the statement as international recognition that the killings were an act of terrorism.',
      'India’s diplomatic campaign has focused on accountability. Jaishankar has spoken with a wide range of counterparts since the attack, and the Ministry of External Affairs has briefed ambassadors in New Delhi, including those of the permanent members of the Security Council. Indian officials stress that they are not seeking mediation and that the onus is on Pakistan to act against groups operating from its territory. Prime Minister Narendra Modi has said the attackers and those who backed them will be identified and punished.',
      'Pakistan has taken a different course, seeking to internationalise the dispute and calling for a neutral and transparent investigation into the attack. Its diplomats have briefed members of the Security Council and the Organisation of Islamic Cooperation, and its leaders have appealed to friendly governments, including China, Saudi Arabia and Russia, to encourage restraint. Islamabad has warned that it would respond to any Indian military action and has criticised India’s measures on the Indus Waters Treaty.',
      'Major powers have largely condemned the attack while calling for calm. US Secretary of State Marco Rubio spoke separately with Jaishankar and Sharif on Wednesday, encouraging India to work with Pakistan to de-escalate and urging Pakistan to cooperate with the investigation, according to State Department accounts of the calls. Iran and Saudi Arabia have also offered to help ease tensions, and Russia has signalled its concern through contacts with both governments.',
      'Along the Line of Control, exchanges of small-arms fire have continued for several consecutive nights, according to the Indian Army, which says it has responded proportionately. Diplomats in New York say the Security Council is unlikely to go beyond statements in the absence of consensus among its permanent members, leaving the burden of crisis management to bilateral contacts and to the quiet efforts of governments with influence in both capitals.',
    ],
  },
];
