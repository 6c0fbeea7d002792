import type { SeedArticle } from '../types';

export const technologyArticles: readonly SeedArticle[] = [
  {
    slug: 'vodafone-idea-widens-5g-footprint-as-government-becomes-largest-shareholder',
    headline: 'Vodafone Idea widens 5G footprint as government becomes largest shareholder',
    standfirst:
      'The third private carrier is taking 5G beyond Mumbai after the Centre converted spectrum dues into equity, a rescue that leaves the state holding nearly half of the company.',
    category: 'technology',
    author: 'news-desk',
    tags: ['Telecom', '5G'],
    publishedAt: '2025-04-04T12:30:00+05:30',
    image: {
      alt: 'Illustration of a mobile tower emitting 5G signal waves above a crowded city skyline at dusk',
      credit: 'Illustration: The Nation Express',
    },
    source: { name: 'TechLedger' },
    body: [
      'Vodafone Idea is preparing to extend its 5G service to more cities after a launch in Mumbai in March, as India’s third private telecom operator tries to narrow a gap with Reliance Jio and Bharti Airtel that has widened since the two market leaders began rolling out 5G in October 2022. The company has said it plans to add cities including Delhi, Bengaluru, Chandigarh and Patna, using equipment from Nokia, Ericsson and Samsung under contracts signed last year.',
      'The expansion follows a decision by the government, announced on March 30, to convert about ₹36,950 crore of Vodafone Idea’s outstanding spectrum auction dues into equity. The conversion lifts the state’s stake to roughly 49%, making it the largest single shareholder, while operational control stays with the promoters, the Aditya Birla Group and Britain’s Vodafone Group. It is the second such conversion, after the government took a stake in 2023 in lieu of interest owed on deferred payments.',
      'Analysts say a viable third private operator matters for competition in a market where Jio and Airtel together hold a large majority of subscribers and revenue. Vodafone Idea has been losing customers for several years, many of them in the urban, high-spending segments that are moving to 5G handsets. It also faces large payments on adjusted gross revenue dues once a moratorium ends next year, and has been in talks with banks for debt funding to support its network investment plans.',
      'India’s 5G rollout has been among the fastest anywhere by the number of base stations deployed, and the Department of Telecommunications says services are now available in almost every district. Monetisation has lagged, however. Jio and Airtel have largely offered 5G data without a separate premium, and all three private operators raised mobile tariffs by roughly 10% to 25% last July, partly to recoup network spending. Fixed wireless access, which delivers home broadband over 5G, has emerged as the most promising new source of revenue.',
      'State-run BSNL, meanwhile, is completing a 4G network built on a domestic technology stack developed by a consortium including Tata Consultancy Services, Tejas Networks and the government’s C-DOT, which it says can be upgraded to 5G. Satellite broadband is another new front: SpaceX’s Starlink signed distribution agreements with both Airtel and Jio in March, subject to regulatory approvals and a pending decision on how satellite spectrum will be priced and assigned.',
      '“Vi’s 5G launch is less about headline speeds than about stopping the churn of its most valuable users,” said Ravi Shenoy, telecoms analyst at Northgate Equity Research. The company’s ability to fund a wider rollout, he added, will depend on securing bank loans, which lenders have been reluctant to extend without greater clarity on its remaining dues to the government. Investors will look for details on capital spending and coverage targets when the company reports annual results next month.',
    ],
  },
  {
    slug: 'gaganyaan-inches-toward-uncrewed-test-flight-as-shukla-prepares-for-iss',
    headline: 'Gaganyaan inches toward uncrewed test flight as Shukla prepares for ISS',
    standfirst:
      'ISRO is working through qualification tests for the first uncrewed Gaganyaan mission, while one of its astronaut-designates trains for a commercial flight to the International Space Station.',
    category: 'technology',
    author: 'elena-sokolova',
    tags: ['Space', 'ISRO', 'Russia', 'United States'],
    publishedAt: '2025-04-09T10:15:00+05:30',
    image: {
      alt: 'Illustration of the Gaganyaan crew module orbiting above Earth, with the silhouette of a space station in the distance',
      credit: 'Illustration: The Nation Express',
    },
    body: [
      'The Indian Space Research Organisation is working through the final stages of preparation for the first uncrewed orbital flight of its Gaganyaan human spaceflight programme, a mission that will carry a humanoid robot, Vyommitra, to test the crew module, life-support systems and recovery procedures before any astronaut is put on board. ISRO officials have said the flight, designated G1, is targeted for later this year, after repeated delays linked to the complexity of human-rating the rocket and its crew escape system.',
      'The mission will use a human-rated version of the LVM3, India’s heaviest launch vehicle, modified with additional safety margins and redundant systems. Engineers have completed ground qualification of the cryogenic upper-stage engine for crewed flight, and the crew module’s parachute system has gone through a series of drop tests. A further test-vehicle flight to demonstrate the crew escape system under different conditions is planned, following the first such abort test off Sriharikota in October 2023.',
      'Attention in the meantime has shifted to Group Captain Shubhanshu Shukla, an Indian Air Force test pilot and one of the four Gaganyaan astronaut-designates, who is set to fly to the International Space Station as pilot of Axiom Mission 4. The private mission, organised by Houston-based Axiom Space on a SpaceX Crew Dragon, is expected to launch in the late spring or early summer and would make Shukla the first Indian to travel to space since Rakesh Sharma in 1984.',
      'The crew will be commanded by veteran American astronaut Peggy Whitson, with mission specialists from Poland and Hungary, and Group Captain Prasanth Balakrishnan Nair is training as Shukla’s backup. ISRO has said the experience of preparing for and flying a real mission, from launch and docking to operations aboard the station and splashdown, will feed directly into Gaganyaan. Indian research institutions are preparing a set of microgravity experiments to be carried out during the roughly two-week stay.',
      'The programme’s Russian connection is older. All four astronaut-designates completed about a year of generic spaceflight training at the Gagarin Cosmonaut Training Centre near Moscow in 2020–21 under an agreement with Glavkosmos, a subsidiary of the state space corporation Roscosmos. Russian firms were also contracted to supply some crew-related equipment, according to earlier public statements, although ISRO has increasingly emphasised domestic development of life-support and crew systems.',
      'Officials have indicated that the first crewed flight, which would carry up to three astronauts to low Earth orbit for as long as three days, is unlikely before 2026, with more uncrewed missions to be flown first. The programme underpins longer-term goals set by the government, including an Indian space station, the Bharatiya Antariksh Station, by 2035 and a crewed lunar landing by 2040, which will require a heavier launch vehicle now in development.',
      '“Flying an Indian astronaut on a commercial mission first is a pragmatic way to buy operational experience while the domestic vehicle matures,” said Kavya Ramanathan, space policy analyst at the Orbital Futures Institute. The risk, she added, is that public expectations run ahead of the engineering: human-rating is slow by design, and every test that uncovers a problem is doing its job, even if it pushes a launch date back by several months.',
    ],
  },
  {
    slug: 'upis-overseas-push-meets-questions-over-reliability-at-home',
    headline: 'UPI’s overseas push meets questions over reliability at home',
    standfirst:
      'As India markets its instant payment system to partner countries, a string of outages in recent weeks has put the resilience of the world’s busiest real-time payments network under scrutiny.',
    category: 'technology',
    author: 'arjun-menon',
    tags: ['UPI', 'Gulf', 'Digital payments'],
    publishedAt: '2025-04-14T17:45:00+05:30',
    image: {
      alt: 'Illustration of a smartphone showing a QR-code payment screen, with a world map and a small warning icon behind it',
      credit: 'Illustration: The Nation Express',
    },
    body: [
      'India’s Unified Payments Interface suffered a widespread outage on Saturday, the latest of several disruptions in recent weeks that left users unable to complete payments for hours. The National Payments Corporation of India, which runs the network, acknowledged intermittent technical issues that caused some transactions to be declined and later said the system had stabilised. The episode has drawn attention to the resilience of a platform that handles the large majority of India’s retail digital payments and that the government promotes as a model for other countries.',
      'UPI processed more than 18 billion transactions in March, a record, as small-value payments at shops and street stalls continued to grow. Industry officials say peak-hour loads have multiplied over the past two years, and have linked the latest disruption to a surge in transaction status-check requests from some member banks rather than to a failure of the central switch. NPCI has said it is reviewing the incidents and will issue further guidance to banks and payment apps on how they use the system.',
      'The timing is awkward for India’s efforts to take UPI abroad. NPCI International Payments Ltd, the network’s overseas arm, has arranged for UPI payments to be accepted at merchants in countries including the United Arab Emirates, Singapore, France, Sri Lanka, Mauritius, Nepal and Bhutan, mostly serving Indian travellers. A direct link with Singapore’s PayNow, launched in 2023, allows person-to-person transfers between the two countries using mobile numbers or virtual payment addresses.',
      'A second, more ambitious strand involves helping other countries build their own UPI-style systems. NPCI’s international unit has signed agreements with central banks, including those of Namibia and Peru, to develop domestic instant payment platforms based on India’s architecture. India has also joined Project Nexus, an initiative conceived at the Bank for International Settlements to link the fast payment systems of several economies, alongside Malaysia, the Philippines, Singapore and Thailand.',
      'Cross-border use remains small compared with domestic volumes. Merchant acceptance abroad is concentrated in tourist areas and businesses catering to Indian visitors, and foreign exchange conversion costs can make UPI less attractive than cards for some travellers. Remittance corridors offer more scope. Linking UPI with instant payment systems in the Gulf, where millions of Indians work, could cut costs for migrant workers who still rely heavily on exchange houses to send money home.',
      '“Reliability is the product. Central banks looking at UPI will watch how NPCI handles these incidents as closely as they watch the transaction numbers,” said Devika Joshi, payments analyst at Fernhill Fintech Research. Regulators have also been concerned about concentration among apps: the two largest, PhonePe and Google Pay, account for most UPI transactions, and NPCI in December extended to the end of 2026 the deadline for complying with a proposed 30% cap on any single app’s market share.',
    ],
  },
  {
    slug: 'us-chip-tariff-probe-puts-indias-semiconductor-ambitions-in-sharper-focus',
    headline: 'US chip tariff probe puts India’s semiconductor ambitions in sharper focus',
    standfirst:
      'A US investigation into semiconductor imports could reshape chip supply chains just as India’s first fabrication and packaging plants move closer to production in Gujarat and Assam.',
    category: 'technology',
    author: 'arjun-menon',
    tags: ['Semiconductors', 'United States', 'Trade'],
    publishedAt: '2025-04-16T19:20:00+05:30',
    image: {
      alt: 'Illustration of a silicon wafer in front of a factory outline, with a customs stamp partly overlapping it',
      credit: 'Illustration: The Nation Express',
    },
    source: { name: 'Capital Markets Wire' },
    disclaimer:
      'Disclaimer: References to listed companies are for information only and should not be read as a recommendation to buy or sell any security.',
    body: [
      'The United States has opened an investigation into whether imports of semiconductors and chipmaking equipment threaten its national security, a step that could lead to new tariffs on a sector so far exempted from President Donald Trump’s reciprocal duties. The Commerce Department inquiry under Section 232 of the Trade Expansion Act was initiated on April 1 and disclosed this week. For India, which has no commercial chip fabrication yet, the immediate exposure is limited; the longer-term question is where global chipmakers place new capacity.',
      'India’s semiconductor programme, backed by about ₹76,000 crore of incentives under the India Semiconductor Mission, has approved five manufacturing projects. The largest is a fabrication plant at Dholera in Gujarat being built by Tata Electronics with Taiwan’s Powerchip Semiconductor Manufacturing Corporation, designed to make chips on mature process nodes for automotive, power and consumer electronics uses. The others are assembly, testing and packaging units, including Micron Technology’s facility at Sanand, Tata’s plant at Jagiroad in Assam, and projects by CG Power with Renesas and by Kaynes Semicon.',
      'Government officials, including Electronics and IT Minister Ashwini Vaishnaw, have said the first commercially produced Indian chips are expected this year, most likely from the packaging units rather than the fab. Micron’s Sanand plant, announced in 2023, has taken longer to build than first planned but is expected to begin output in 2025. The Dholera fab is a far more complex undertaking and is not expected to produce at scale for several years.',
      {
        type: 'quote',
        text: 'India’s pitch has always been mature-node chips and packaging for a diversified supply chain. If the US raises barriers on Asian chip imports, that pitch gets stronger, but only if the plants actually start shipping on schedule.',
        attribution: 'Anirudh Kamath, semiconductor analyst at Vantage Point Research',
      },
      'Officials have been discussing a second phase of the semiconductor mission, with a fresh tranche of incentives expected to extend support to display panels, compound semiconductors and the chemicals, gases and equipment suppliers a chip ecosystem needs. Several states, among them Gujarat, Uttar Pradesh, Odisha and Assam, are offering their own top-up subsidies, land and utility guarantees to compete for projects, although industry executives caution that duplicated incentives can distort where plants are located.',
      'Executives identify talent and utilities as the main constraints. Fabs require uninterrupted power, large volumes of ultra-pure water and a deep bench of process engineers, many of whom India will initially have to recruit from Taiwan, Japan, South Korea or the United States. India does have a large chip-design workforce, with global semiconductor companies running major design centres in Bengaluru, Hyderabad and Noida, but design and manufacturing draw on different skills and training pipelines.',
      'India’s electronics assemblers will also be watching the US inquiry closely. Smartphones, including iPhones assembled in India for export, were exempted from the reciprocal tariffs last week, but US officials have since indicated that such products could be considered under the semiconductor investigation because of the chips they contain. A broad tariff on downstream electronics would hit what has become one of India’s fastest-growing export categories and a showcase for its production-linked incentive schemes.',
    ],
  },
  {
    slug: 'isro-docks-spadex-satellites-a-second-time-clearing-way-for-power-transfer-test',
    headline: 'ISRO docks SpaDeX satellites a second time, clearing way for power transfer test',
    standfirst:
      'The repeat docking of two small spacecraft shows India can perform the manoeuvre on demand, a capability needed for lunar sample-return missions and a future Indian space station.',
    category: 'technology',
    author: 'arjun-menon',
    tags: ['Space', 'ISRO', 'SpaDeX'],
    publishedAt: '2025-04-21T14:05:00+05:30',
    updatedAt: '2025-04-21T18:30:00+05:30',
    image: {
      alt: 'Illustration of two small satellites connecting in orbit above the curve of the Earth, with solar panels catching the sunlight',
      credit: 'Illustration: The Nation Express',
    },
    body: [
      'The Indian Space Research Organisation has docked its two Space Docking Experiment satellites for a second time, Minister of State for Science and Technology Jitendra Singh announced on Monday, repeating the manoeuvre that in January made India the fourth country to achieve docking in orbit. The two spacecraft, SDX01, the chaser, and SDX02, the target, were launched together on a PSLV rocket on December 30 and have been manoeuvring in low Earth orbit since then.',
      'ISRO achieved the first docking on January 16 after two postponed attempts, using a sequence of approach manoeuvres that brought the satellites from several kilometres apart to a holding point a few metres away before capture. The craft were undocked in March, completing the separation phase of the experiment. The second docking was intended to show that the process can be repeated reliably, turning a one-off achievement into a demonstrated capability. The milestones reached so far are:',
      {
        type: 'list',
        ordered: false,
        items: [
          'Launch of both satellites on a single PSLV rocket and separation in orbit (December 2024)',
          'Autonomous rendezvous and first docking, making India the fourth country with the capability (January 2025)',
          'Controlled undocking and separation of the two spacecraft (March 2025)',
          'A second docking, confirming that the procedure can be repeated (April 2025)',
        ],
      },
      'ISRO has said further experiments are planned, including a demonstration of electrical power transfer between the docked spacecraft, which will test the connectors and control systems that future modules would use to share power. Because the satellites carry only a limited amount of propellant, mission planners have had to ration each manoeuvre, and officials have indicated that the remaining experiments will be sequenced to make the most of the fuel left on board.',
      'Docking is a foundational technology for several of ISRO’s planned missions. Chandrayaan-4, a lunar sample-return mission approved by the government last year, envisages modules launched separately that must join up in Earth and lunar orbit. The Bharatiya Antariksh Station, India’s planned space station, will be assembled from modules docked in orbit, with the first targeted for launch by 2028. Ferrying crews to and from such a station would also depend on reliable docking.',
      'The docking mechanism, rendezvous sensors and navigation processor were developed in India. The satellites are small, about 220 kilograms each, which made the precision required more demanding than with larger vehicles. The result adds to a busy period for ISRO under Chairman V. Narayanan, who took charge in January. The agency marked its 100th launch from Sriharikota that month, although the navigation satellite on that flight could not reach its intended orbit because of a valve problem.',
      '“In some ways a second docking matters more than the first: it turns a demonstration into a repeatable capability,” said Tanvi Deshmukh, a space systems researcher at the Aerospace Policy Collective. The next test, she said, will be whether ISRO can carry out power transfer and further manoeuvres within its fuel budget. The agency’s next PSLV mission, carrying an Earth observation satellite, is expected in May.',
    ],
  },
  {
    slug: 'indiaai-picks-sarvam-to-build-sovereign-model-as-gpu-pool-expands',
    headline: 'IndiaAI picks Sarvam to build sovereign model as GPU pool expands',
    standfirst:
      'Bengaluru start-up Sarvam AI will build India’s first foundation model under the government’s AI mission, drawing on subsidised computing power from a national pool of thousands of GPUs.',
    category: 'technology',
    author: 'news-desk',
    tags: ['Artificial intelligence', 'Semiconductors', 'United States', 'China'],
    publishedAt: '2025-04-27T11:00:00+05:30',
    image: {
      alt: 'Illustration of rows of GPU servers arranged in the outline of a map of India, with letters from several Indian scripts floating above',
      credit: 'Illustration: The Nation Express',
    },
    source: { name: 'Asia Tech Dispatch' },
    body: [
      'The government has selected Sarvam AI, a Bengaluru-based start-up, as the first company to build an indigenous foundation model under the IndiaAI Mission, Electronics and IT Minister Ashwini Vaishnaw announced on Saturday. The model is meant to be trained in India, with strong capabilities in Indian languages and reasoning, and to be suitable for deployment in population-scale public services. Sarvam is expected to draw on several thousand graphics processing units from the mission’s shared compute pool for about six months.',
      'The IndiaAI Mission, approved by the Union Cabinet in March 2024 with an outlay of about ₹10,370 crore over five years, rests on several pillars: a common compute facility, foundation models, datasets, applications, skills and start-up financing. The compute component has been the most visible. After a first tender, the government said in January that providers had offered more than 18,000 GPUs, including high-end Nvidia chips, to be made available to researchers and companies at subsidised hourly rates.',
      'Officials have said a further round of bids is expected to add capacity, and that the mission will allocate compute to other selected model builders in later phases. The ministry received a large number of proposals after inviting applications for foundation models earlier this year, from start-ups, academic groups and established technology firms. Several are expected to focus on smaller, domain-specific models for areas such as agriculture, health and governance rather than general-purpose systems.',
      'The effort gained urgency after Chinese developer DeepSeek released low-cost reasoning models in January, which many in India’s technology industry read as evidence that a competitive model need not require the budgets of the largest US laboratories. Critics of India’s earlier approach had argued that the country risked becoming solely a consumer of foreign models, with consequences for language coverage, data governance and strategic autonomy in a technology expected to shape public services.',
      'Access to advanced chips remains a constraint. Under the US export-control framework issued in January, known as the AI diffusion rule, India was placed in a middle tier of countries facing caps on imports of the most advanced AI processors, with compliance requirements due to take effect in mid-May. Reports in Washington have suggested the current administration may revise or replace the framework, and Indian officials and industry groups have been pressing for more favourable treatment.',
      '“The GPU pool is a good start, but the real test is whether these models find users, in government services, in banks and on farmers’ phones,” said Rhea Menezes, director of the Digital Futures Policy Lab. Industry groups have also called for sustained investment in data centres, reliable power and high-quality Indian-language datasets, arguing that compute alone will not produce competitive models unless the data and talent pipelines keep pace with the hardware.',
    ],
  },
  {
    slug: 'cable-cuts-elsewhere-sharpen-indias-focus-on-undersea-internet-resilience',
    headline: 'Cable cuts elsewhere sharpen India’s focus on undersea internet resilience',
    standfirst:
      'Damage to subsea cables in the Red Sea, the Baltic and around Taiwan has prompted Indian officials and operators to look again at where the country’s data comes ashore and how quickly it can be repaired.',
    category: 'technology',
    author: 'rohan-iyer',
    tags: ['Telecom', 'China', 'Undersea cables'],
    publishedAt: '2025-05-01T09:40:00+05:30',
    image: {
      alt: 'Illustration of fibre-optic cables on the seabed converging on a coastline, with a cable repair ship on the surface above',
      credit: 'Illustration: The Nation Express',
    },
    body: [
      'Almost all of India’s international internet and data traffic travels through undersea fibre-optic cables, and most of that capacity comes ashore at a small number of cable landing stations in Mumbai and Chennai. A series of incidents abroad over the past 15 months has renewed questions within government and industry about whether that concentration, and the country’s reliance on foreign vessels for repairs, leaves India exposed to disruptions it cannot quickly fix.',
      'In February 2024, three cables in the Red Sea were severed, apparently by the dragging anchor of a cargo ship disabled in a Houthi missile attack, disrupting traffic between Asia, the Middle East and Europe for weeks. In the Baltic Sea, several power and data cables were damaged in late 2024, and Finnish authorities seized a tanker suspected of dragging its anchor on Christmas Day. Taiwan has reported repeated damage to cables linking it to its outlying islands and this year investigated a Chinese-crewed vessel in one case.',
      { type: 'heading', text: 'Concentration and repair' },
      'India is connected by more than a dozen international cable systems, but industry estimates suggest Mumbai alone handles the bulk of international capacity, with Chennai the second hub and a few smaller stations elsewhere. Operators and policy analysts have argued for new landing sites along both coasts and for more terrestrial fibre routes linking the main hubs, so that traffic can be rerouted quickly if a landing station or a cluster of cables is knocked out.',
      'Repairs are a second vulnerability. India does not have a dedicated, domestically flagged cable repair ship, according to industry representatives, and operators rely on vessels stationed in the region by international maintenance consortia. Those ships can take days or weeks to arrive and must obtain several permissions before working in Indian waters. Industry bodies have asked the government to simplify approvals and to consider supporting a domestic repair capability, as some other countries have done.',
      'Investment is flowing in. Reliance Jio has been building two systems, the India-Asia-Express and the India-Europe-Express, linking Mumbai and Chennai with Singapore, the Gulf and Europe. Bharti Airtel is the Indian partner for the 2Africa Pearls extension and the SEA-ME-WE 6 system. In February, Meta announced Project Waterworth, a multi-billion-dollar cable it says will span more than 50,000 kilometres and land in India, the United States, Brazil and South Africa.',
      'The routes themselves carry strategic risk. Many cables connecting India to Europe pass through the Red Sea and the Suez corridor, a chokepoint affected by the conflict in Yemen, while eastward systems cross the South China Sea. Officials are reported to be weighing stronger security requirements for landing stations and closer vetting of equipment suppliers, in line with existing rules on trusted telecom sources that already restrict some Chinese vendors from Indian networks.',
      '“Resilience is not just more cables. It is diversity of routes, landing points and repair capacity,” said Shreya Bhatnagar, senior fellow at the Maritime Digital Infrastructure Forum. For a country whose digital economy, from UPI payments to IT services exports, depends on constant connectivity, she said, the cost of a prolonged outage would far exceed the cost of building redundancy, and the decisions taken over the next few years will determine how exposed India remains.',
    ],
  },
];
