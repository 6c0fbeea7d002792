import type { SeedArticle } from '../types';

export const worldArticles: readonly SeedArticle[] = [
  {
    slug: 'minerals-deal-signed-and-victory-day-truce-declared-but-ukraine-talks-stuck',
    headline: 'Minerals deal signed and Victory Day truce declared, but Ukraine talks stuck on territory',
    standfirst:
      'Washington and Kyiv have finally signed their resources agreement and Moscow has announced a three-day ceasefire, yet the gap between the two sides on territory and security guarantees remains as wide as ever.',
    category: 'world',
    author: 'elena-sokolova',
    tags: ['Ukraine war', 'Russia', 'Vladimir Putin', 'United States'],
    publishedAt: '2025-05-01T11:00:00+05:30',
    updatedAt: '2025-05-01T15:30:00+05:30',
    image: {
      alt: 'Illustration of a negotiating table split by a cracked map of Ukraine, with empty chairs on either side',
      credit: 'Illustration: The Nation Express',
    },
    source: { name: 'Eurasia Wire' },
    disclaimer:
      'Disclaimer: Battlefield claims by Russian and Ukrainian officials cited in this report could not be independently verified by The Nation Express.',
    body: [
      'The United States and Ukraine signed an agreement in Washington on Wednesday establishing a joint investment fund for Ukraine’s reconstruction, ending weeks of difficult negotiations over access to the country’s mineral and energy resources. The deal was signed by US Treasury Secretary Scott Bessent and Ukraine’s First Deputy Prime Minister Yulia Svyrydenko. It came two days after President Vladimir Putin declared a unilateral ceasefire from 8 to 10 May to mark the 80th anniversary of the Soviet victory in the Second World War.',
      { type: 'heading', text: 'What the minerals agreement does' },
      'Under the final text, as described by both governments, Ukraine retains ownership of its subsoil resources, and the fund will receive a share of revenues from new licences for minerals, oil and gas, to be reinvested in Ukraine. Ukrainian officials stressed that the agreement does not treat past American military aid as a debt to be repaid, a demand contained in earlier drafts that Kyiv had rejected. Future US assistance could be counted as a contribution to the fund. The agreement still requires ratification by Ukraine’s parliament.',
      'Supporters in Kyiv argue that the deal gives Washington a long-term economic stake in Ukraine’s survival, something they hope will translate into continued support even without explicit security guarantees. Critics in Ukraine have questioned whether the terms are balanced. In Moscow, officials have largely played down the agreement, and Russian commentators have portrayed it as evidence that American interest in Ukraine is commercial rather than strategic.',
      'The Kremlin’s 72-hour truce follows a shorter Easter ceasefire on 19 and 20 April, during which both sides accused each other of numerous violations. Kyiv has dismissed the May offer as theatre timed to the Victory Day parade in Moscow, and has instead pressed for the full and unconditional 30-day ceasefire that it accepted in principle at talks with American officials in Jeddah in March. Moscow has said a longer truce would require conditions, including a halt to Western arms supplies.',
      'American mediation has intensified without producing a breakthrough. Special envoy Steve Witkoff has met Mr Putin several times, most recently in Moscow on 25 April, and President Donald Trump spoke briefly with President Volodymyr Zelensky at the Vatican before the funeral of Pope Francis the following day. Secretary of State Marco Rubio has said Washington could step back from its mediating role if it sees no progress soon. The core disputes, over Russian control of occupied territory and the status of Crimea, remain untouched.',
      'On the battlefield, Russia’s General Staff said in late April that its forces had completed the recapture of the Kursk region, where Ukrainian troops had held ground since August 2024; Kyiv said fighting there was continuing. Moscow and Pyongyang have for the first time officially acknowledged that North Korean soldiers took part in those operations. Fighting has remained intense in Donetsk, and Russian missile and drone strikes on Kyiv and other cities last week caused some of the heaviest civilian casualties in months.',
      'India, which has maintained ties with both Moscow and Kyiv, has repeatedly said the war can only be ended through dialogue and diplomacy, and Prime Minister Narendra Modi visited both capitals in 2024. Natalia Voronina, a senior fellow at the Baltic Centre for Conflict Studies, said the signing in Washington and the truce offer from Moscow were best read as each side positioning itself in the eyes of the White House rather than as steps towards a settlement, since neither addressed the questions that would decide where the front line finally stops.',
    ],
  },
  {
    slug: 'red-sea-detours-and-gulf-tensions-keep-shipping-costs-high-for-indian-traders',
    headline: 'Red Sea detours and Gulf tensions keep shipping costs high for Indian traders',
    standfirst:
      'American strikes on the Houthis, US-Iran nuclear talks and a deadly explosion at Iran’s largest container port have left shippers wary of both the Red Sea and the Strait of Hormuz.',
    category: 'world',
    author: 'rohan-iyer',
    tags: ['Gulf', 'Trade', 'Oil', 'Sanctions'],
    publishedAt: '2025-04-28T17:50:00+05:30',
    updatedAt: '2025-04-28T21:05:00+05:30',
    image: {
      alt: 'Illustration of a container ship rounding a rocky cape, with a faint outline of the Arabian Peninsula and the Red Sea behind',
      credit: 'Illustration: The Nation Express',
    },
    source: { name: 'Gulf Maritime Bulletin' },
    body: [
      'Most large container lines are still avoiding the Red Sea more than six weeks after the United States began a sustained campaign of air strikes against Yemen’s Houthi movement, according to shipping industry data and port agents, keeping transit times and freight costs elevated for Indian exporters to Europe and the east coast of North America. Vessels continue to sail around the Cape of Good Hope, a detour that typically adds between ten days and two weeks to a voyage between South Asia and northern Europe.',
      'The Houthis largely halted their attacks on merchant ships after the Gaza ceasefire in January, but said in March they would resume targeting Israeli-linked vessels after Israel blocked aid deliveries into Gaza. Washington began large-scale strikes on Houthi-held areas on 15 March, and has continued them through April, including a strike on the Ras Isa fuel terminal that the Houthi-run health authorities said killed dozens of people. The group has claimed repeated attacks on American warships in the region.',
      'In the Gulf, attention has been on the talks between the United States and Iran over Tehran’s nuclear programme, mediated by Oman, which have held three rounds in Muscat and Rome since 12 April. Both sides have described the discussions as constructive, though wide differences remain on uranium enrichment. On Saturday, a massive explosion at the Shahid Rajaee port near Bandar Abbas, Iran’s largest container terminal, killed dozens of people and injured more than a thousand. Iranian officials have said the blast is being investigated.',
      {
        type: 'quote',
        text: 'Shippers have stopped waiting for the Red Sea to reopen and have priced the Cape route into their contracts. What worries them now is the Gulf, because there is no detour around Hormuz.',
        attribution: 'Capt. (retd) Farhan Qureshi, Institute for Maritime Commerce, Mumbai',
      },
      'For India, the stakes are considerable. A large share of the country’s crude oil and liquefied gas imports come from Gulf producers through the Strait of Hormuz, and the Gulf states are home to millions of Indian workers whose remittances support households in Kerala, Uttar Pradesh and Bihar. Exporters of engineering goods, textiles and farm produce to Europe have absorbed higher freight and insurance costs since late 2023, and industry groups say smaller firms with thin margins have been hit hardest.',
      'The Indian Navy has kept warships deployed in the Gulf of Aden and the Arabian Sea since the Red Sea crisis began, escorting Indian-flagged vessels and responding to piracy incidents off Somalia. New Delhi also has an interest in Iran through its ten-year agreement, signed in May 2024, to operate a terminal at Chabahar port. Washington’s renewed “maximum pressure” policy towards Tehran has raised questions among Indian officials over how long the sanctions waiver covering that project will hold.',
      'Analysts say a nuclear agreement between Washington and Tehran could ease tension across the region, while a collapse of the talks would raise the risk of wider confrontation. For now, freight markets are pricing in uncertainty rather than crisis. Indian exporters’ associations have asked the government to consider additional support for shipping costs and to speed up plans for an Indian-owned merchant fleet, a long-discussed idea that has gained renewed attention since the Red Sea disruptions began.',
    ],
  },
  {
    slug: 'un-security-council-condemns-pahalgam-attack-as-guterres-urges-restraint',
    headline: 'UN Security Council condemns Pahalgam attack as Guterres urges restraint',
    standfirst:
      'The Council’s statement on the killings in Kashmir and the Secretary-General’s calls to both capitals show the limits of the UN’s role as India and Pakistan confront each other.',
    category: 'world',
    author: 'rohan-iyer',
    tags: ['United Nations', 'Pahalgam attack', 'Pakistan', 'Terrorism', 'S. Jaishankar'],
    publishedAt: '2025-04-30T20:15:00+05:30',
    image: {
      alt: 'Illustration of the horseshoe-shaped table of the UN Security Council chamber under a large mural, seen from the public gallery',
      credit: 'Illustration: The Nation Express',
    },
    body: [
      'UN Secretary-General António Guterres spoke by telephone on Tuesday with External Affairs Minister S. Jaishankar and Pakistan’s Prime Minister Shehbaz Sharif, urging both countries to avoid a confrontation and offering his good offices, according to accounts of the calls released by the UN and the two governments. Mr Jaishankar said afterwards that the perpetrators, backers and planners of the Pahalgam attack must be brought to justice. The US State Department said on Tuesday that Secretary of State Marco Rubio would also speak to leaders in both countries.',
      'The calls followed a press statement issued by the Security Council on 25 April, in which its 15 members condemned in the strongest terms the attack near Pahalgam that killed 26 people on 22 April. The statement underlined the need to hold the perpetrators, organisers, financiers and sponsors accountable and urged all states to cooperate with the relevant authorities. Press statements are agreed by consensus and carry no enforcement power, but they are a standard signal of the Council’s collective view.',
      'Diplomats and several media reports said the text had been negotiated down during consultations, with Pakistan, which began a two-year term as a non-permanent member in January, pressing for changes. The final statement did not name The Resistance Front, the group that initially claimed the attack before withdrawing the claim, and did not refer specifically to cooperation with the Indian government. India has for some time sought international listing of the group as a front for Lashkar-e-Taiba.',
      'Pakistan’s seat on the Council gives it a stronger voice in New York than it has had for more than a decade, and it is scheduled to hold the rotating presidency in July. It also sits on the Council’s subsidiary bodies, including those dealing with counter-terrorism sanctions, where listings require consensus. Indian officials have previously criticised the use of so-called technical holds, mostly by China, to block the designation of militants based in Pakistan under the Council’s 1267 sanctions regime.',
      'Meera Sabharwal, a former diplomat who is now a fellow at the Centre for Multilateral Affairs in New Delhi, said India had long preferred to keep Kashmir out of the Council’s formal agenda and to deal with Pakistan bilaterally, while using UN bodies to build pressure on terrorism. In her assessment, that approach would be tested if the crisis escalated, because Pakistan would be likely to seek Council meetings to draw international attention to Kashmir.',
      'The episode comes at a difficult time for the organisation itself. Mr Guterres launched a reform drive in March, known as UN80, to cut costs and merge overlapping agencies as the UN faces a severe funding shortfall, including from reduced US contributions. The 80th anniversary of the UN Charter falls in June. India, one of the largest contributors of troops to UN peacekeeping, continues to press for an expansion of the Security Council’s permanent membership, a goal that the current divisions among the major powers make harder to achieve.',
    ],
  },
  {
    slug: 'central-asia-water-truce-tested-as-afghanistan-qosh-tepa-canal-advances',
    headline: 'Central Asia’s water truce tested as Afghanistan’s Qosh Tepa canal advances',
    standfirst:
      'Landmark border deals have eased old quarrels in the Fergana Valley, but a Taliban irrigation canal, new dams and shrinking glaciers are raising fresh questions over how the region shares its rivers.',
    category: 'world',
    author: 'elena-sokolova',
    tags: ['Central Asia', 'Climate', 'Afghanistan'],
    publishedAt: '2025-04-21T12:10:00+05:30',
    image: {
      alt: 'Illustration of a wide irrigation canal cutting through desert towards a river, with distant snow-capped mountains',
      credit: 'Illustration: The Nation Express',
    },
    source: { name: 'Eurasia Wire' },
    body: [
      'Central Asian governments have spent recent weeks celebrating a rare run of diplomatic success. In March, Kyrgyzstan and Tajikistan signed a treaty settling their long-disputed border, the scene of deadly clashes in 2021 and 2022, and at the end of the month the leaders of Tajikistan, Kyrgyzstan and Uzbekistan met in the Tajik city of Khujand to agree on the point where their three frontiers meet in the Fergana Valley. Officials across the region have presented the agreements as the end of a post-Soviet era of border quarrels.',
      'Water, however, remains the most sensitive shared resource in the region, and the pressures on it are growing. The two great rivers of Central Asia, the Amu Darya and the Syr Darya, rise in the mountains of Tajikistan and Kyrgyzstan and flow down to the irrigated cotton and wheat fields of Uzbekistan, Turkmenistan and Kazakhstan. Their overuse in the Soviet period destroyed most of the Aral Sea, and demand has continued to rise with growing populations.',
      'The most immediate concern is the Qosh Tepa canal, which Afghanistan’s Taliban administration began building in 2022 to draw water from the Amu Darya to irrigate farmland in the country’s north. Expected to run for roughly 285 kilometres when complete, the canal could divert a significant share of the river’s flow, by some estimates as much as a fifth, with the heaviest impact falling on downstream Uzbekistan and Turkmenistan. Afghanistan is not party to the regional water-sharing arrangements.',
      'Upstream, Tajikistan is pressing ahead with the Rogun hydropower dam, which is designed to be among the tallest in the world and received backing from the World Bank in December. Kyrgyzstan, Kazakhstan and Uzbekistan have agreed to work together on the Kambarata-1 hydropower project on the Naryn river. Both projects promise electricity exports and better control of seasonal flows, but downstream states want firm guarantees on how reservoirs will be filled and released.',
      'Climate change adds a further layer of uncertainty. The United Nations has declared 2025 the International Year of Glaciers’ Preservation, and Dushanbe is preparing to host a high-level international conference on glaciers at the end of May. Scientists have documented the steady retreat of glaciers in the Pamir and Tien Shan ranges, which feed both rivers. In the short term, faster melting can raise summer flows, but over decades it threatens to reduce the water available in the driest months.',
      'Aigerim Bekova of the Almaty-based Institute for Eurasian Resource Policy said the recent border settlements showed that Central Asian leaders could compromise when they saw mutual benefit, and that the same approach would be needed on water. In her view, the most practical step would be to bring Afghanistan into technical discussions on the Amu Darya, despite the lack of formal recognition of the Taliban government, since the canal will shape the river’s flow whether or not Kabul is at the table.',
    ],
  },
  {
    slug: 'imd-forecasts-above-normal-monsoon-as-early-heatwaves-grip-north-india',
    headline: 'IMD forecasts above-normal monsoon as early heatwaves grip north India',
    standfirst:
      'The weather office expects June-September rainfall at 105 per cent of the long-period average, good news for farmers even as April temperatures soar across the northwest and global warming records pile up.',
    category: 'world',
    author: 'news-desk',
    tags: ['Monsoon', 'Climate'],
    publishedAt: '2025-04-16T10:20:00+05:30',
    image: {
      alt: 'Illustration of dark monsoon clouds rolling over green paddy fields, with a cracked dry field and a blazing sun on the other side',
      credit: 'Illustration: The Nation Express',
    },
    body: [
      'India is likely to receive above-normal rainfall during this year’s southwest monsoon, the India Meteorological Department (IMD) said on Tuesday, forecasting seasonal rainfall from June to September at 105 per cent of the long-period average of 87 centimetres, with a model error of plus or minus five per cent. The monsoon delivers the bulk of India’s annual rainfall and waters a large share of its farmland that has no access to irrigation, making the forecast one of the most closely watched economic indicators of the year.',
      'The outlook follows a monsoon in 2024 that ended at 108 per cent of the long-period average after the drought-affected season of 2023. The private forecaster Skymet, which issued its outlook last week, also expects a normal monsoon, though at a slightly lower 103 per cent. The IMD will issue an updated forecast, including the expected distribution of rainfall across regions and months, in the last week of May.',
      'Announcing the forecast, officials of the Ministry of Earth Sciences said the outlook was based on a combination of statistical and dynamical models, and that the probability of a deficient season was low. They cautioned that the April forecast says nothing about the timing of the monsoon’s onset over Kerala, normally around 1 June, or about how evenly rain will be spread. They said several large-scale climate factors that influence the monsoon currently look favourable:',
      {
        type: 'list',
        ordered: false,
        items: [
          'Neutral El Niño–Southern Oscillation conditions are expected to persist through the monsoon season, reducing the risk of the El Niño pattern that is often associated with weak rainfall in India.',
          'The Indian Ocean Dipole is expected to stay neutral for the season.',
          'Snow cover over the northern hemisphere and Eurasia was below normal between January and March, which has historically tended to precede stronger monsoons.',
        ],
      },
      'The forecast comes as large parts of northwest and central India endure an early spell of extreme heat. Temperatures crossed 44 degrees Celsius in parts of Rajasthan in the first half of April, and Delhi recorded its first heatwave conditions of the season. The IMD has forecast more heatwave days than usual in many regions between April and June, raising concerns about public health, power demand and the condition of the standing wheat crop in late-harvest areas.',
      'The heat is consistent with a broader warming trend. The World Meteorological Organization confirmed in March that 2024 was the warmest year on record, with the global average temperature estimated at about 1.55 degrees Celsius above pre-industrial levels, the first calendar year to exceed the 1.5-degree threshold. Scientists caution that a single year does not mean the Paris Agreement goal has been breached, since that is measured over decades, but say extremes such as early-season heatwaves are becoming more frequent.',
      'Dr Kavita Menon, a climate scientist at the Institute for Monsoon and Climate Research in Pune, said an above-normal seasonal total did not guarantee a good season for every district. A warmer atmosphere, she said, had tended to concentrate rainfall into fewer, heavier bursts, with long dry spells in between, so that floods and crop stress could occur in the same season. She said farmers and state governments would be watching the May update for the regional picture before planning kharif sowing.',
    ],
  },
  {
    slug: 'india-ends-transshipment-facility-for-bangladesh-exports-as-dhaka-ties-cool',
    headline: 'India ends transshipment facility for Bangladesh exports as Dhaka ties cool',
    standfirst:
      'New Delhi’s withdrawal of a 2020 arrangement for Bangladeshi cargo comes days after Narendra Modi and Muhammad Yunus held their first meeting, and after remarks by Dr Yunus in China that angered Indian officials.',
    category: 'world',
    author: 'ananya-rao',
    tags: ['Bangladesh', 'Trade', 'China', 'Narendra Modi'],
    publishedAt: '2025-04-12T15:45:00+05:30',
    image: {
      alt: 'Illustration of container trucks queued at a border checkpoint gate, with cargo aircraft tails visible at an airport beyond',
      credit: 'Illustration: The Nation Express',
    },
    body: [
      'India has withdrawn a facility that allowed Bangladeshi export cargo to be moved through Indian land customs stations to Indian ports and airports for shipment to third countries, according to a circular issued by the Central Board of Indirect Taxes and Customs on 8 April. The arrangement, in place since June 2020, had been used by Bangladeshi garment exporters in particular to send goods through Indian airports in Delhi and Kolkata. Shipments already in transit were allowed to complete their journeys.',
      'The Ministry of External Affairs said the facility had led to significant congestion at Indian airports and ports, raising costs and causing delays for Indian exporters, and that the withdrawal would not affect Bangladeshi exports to Nepal and Bhutan passing through Indian territory. Indian apparel exporters, who compete with Bangladesh in Western markets, had lobbied for the change. Bangladeshi trade officials said they would look for alternative routes, including by expanding capacity at their own ports and airports.',
      'The decision comes against the backdrop of a marked cooling in relations since August 2024, when mass protests forced Prime Minister Sheikh Hasina from office and she fled to India. Dhaka’s interim government, led by Chief Adviser Muhammad Yunus, has formally asked New Delhi to return Ms Hasina to face charges, and Indian officials have repeatedly raised concerns over attacks on Hindus and other minorities in Bangladesh, which the interim government says have been exaggerated.',
      'Relations suffered a further setback after Dr Yunus visited China in late March. In remarks made in Beijing, he described India’s northeastern states as landlocked and presented Bangladesh as the region’s gateway to the sea, comments that drew sharp criticism from political leaders and officials in India, including chief ministers of northeastern states. Dhaka has since said the remarks were intended to highlight opportunities for regional connectivity and were not directed against India.',
      'Prime Minister Narendra Modi and Dr Yunus met for the first time on 4 April on the sidelines of the BIMSTEC summit in Bangkok. According to the Indian readout, Mr Modi reiterated support for a democratic, stable, peaceful and inclusive Bangladesh, raised the safety of minorities, and urged that rhetoric which vitiates the environment be avoided. The Bangladeshi side said the extradition of Ms Hasina and the sharing of river waters were among the issues it raised.',
      'Several difficult issues are approaching. The 1996 Ganga water-sharing treaty between the two countries expires in 2026 and will need to be renegotiated, and the interim government has indicated that national elections will be held between December this year and June 2026. Dr Shahana Karim of the Dhaka Institute for Regional Studies said both sides had a strong interest in preventing trade from becoming hostage to politics, given how closely the two economies are linked through energy, transport and supply chains.',
    ],
  },
  {
    slug: 'modi-visit-yields-first-india-sri-lanka-defence-pact',
    headline: 'Modi visit yields first India–Sri Lanka defence pact and Trincomalee energy plans',
    standfirst:
      'Prime Minister Narendra Modi’s visit to Colombo and Anuradhapura produced a defence cooperation memorandum, energy projects and debt relief, as President Anura Kumara Dissanayake balances ties with New Delhi and Beijing.',
    category: 'world',
    author: 'ananya-rao',
    tags: ['Sri Lanka', 'Narendra Modi', 'Indian Ocean', 'Energy'],
    publishedAt: '2025-04-06T19:30:00+05:30',
    image: {
      alt: 'Illustration of the Colombo waterfront skyline at dusk with solar panels and a tanker terminal on the coastline in the foreground',
      credit: 'Illustration: The Nation Express',
    },
    body: [
      'India and Sri Lanka signed their first memorandum of understanding on defence cooperation during Prime Minister Narendra Modi’s visit to the island this weekend, along with agreements on energy, digital infrastructure and health. Mr Modi, who travelled to Colombo after attending the BIMSTEC summit in Bangkok, held talks with President Anura Kumara Dissanayake on Saturday. Mr Modi was the first foreign leader to be hosted by Mr Dissanayake since he took office in September; the President had chosen New Delhi for his own first overseas visit in December.',
      'The energy agreements were among the most significant outcomes. India, Sri Lanka and the United Arab Emirates agreed to cooperate on developing Trincomalee in the island’s east as an energy hub, and the two leaders virtually launched work on the Sampur solar power project, being developed jointly by India’s NTPC and the Ceylon Electricity Board. The two countries also agreed to work towards a grid interconnection that would allow electricity trade between them.',
      'India also agreed to amendments to the bilateral debt restructuring arrangements that followed Sri Lanka’s economic crisis of 2022, when New Delhi provided about $4 billion in emergency support, including credit lines for fuel, food and medicines. Mr Modi was conferred the Sri Lanka Mitra Vibhushana, the country’s highest honour for foreign heads of state and government. On Sunday he visited the ancient city of Anuradhapura, where he inaugurated India-assisted railway projects and paid respects at the Jaya Sri Maha Bodhi.',
      'The defence memorandum has not been published in full, but officials have described it as a framework for training, exercises, hydrography and exchanges rather than a military alliance. Mr Dissanayake has assured New Delhi that Sri Lankan territory will not be allowed to be used in a manner inimical to India’s security, a commitment Indian officials consider important given the docking of Chinese research vessels at Sri Lankan ports in recent years. Colombo introduced a moratorium on such visits in 2024.',
      'The persistent dispute over fishing in the Palk Strait was also discussed. Indian fishermen from Tamil Nadu are frequently arrested by the Sri Lankan Navy for crossing the maritime boundary, and Sri Lankan fishing communities in the north complain of damage caused by bottom trawlers. Colombo announced the release of a group of Indian fishermen during the visit, and both sides agreed to take a humane approach to the issue, though no lasting solution was announced.',
      'Observers in Colombo say the visit reflects a pragmatic turn by Mr Dissanayake, whose party, the Janatha Vimukthi Peramuna, was historically suspicious of Indian influence. Nilanthi Perera of the Colombo Centre for Regional Policy said the President was seeking to secure Indian investment and support without appearing to choose sides, since China remains one of Sri Lanka’s largest creditors and investors. The challenge, she said, would be to deliver the energy projects quickly enough to show tangible benefits to Sri Lankans.',
    ],
  },
];
