import type { SeedArticle } from '../types';

export const defenceArticles: readonly SeedArticle[] = [
  {
    slug: 'army-on-alert-along-line-of-control-as-pakistani-firing-enters-eighth-night',
    headline: 'Army on alert along Line of Control as Pakistani firing enters eighth night',
    standfirst:
      'Small-arms fire across the Line of Control has spread from north Kashmir to the Jammu region since the Pahalgam massacre, as New Delhi weighs its response and both armies reinforce forward positions.',
    category: 'defence',
    author: 'vikram-sethi',
    tags: ['Line of Control', 'Pahalgam attack', 'Pakistan', 'Kashmir', 'Terrorism'],
    publishedAt: '2025-05-02T09:30:00+05:30',
    updatedAt: '2025-05-02T14:05:00+05:30',
    image: {
      alt: 'Illustration of a fortified army observation post on a snow-dusted ridge at dusk, with a winding fence line below',
      credit: 'Illustration: The Nation Express',
    },
    disclaimer:
      'Disclaimer: This report is based on official statements and information available at the time of publication. Details of the situation along the Line of Control could not be independently verified.',
    body: [
      'Indian troops along the Line of Control (LoC) in Jammu and Kashmir remained on heightened alert on Friday after Pakistani posts opened small-arms fire for an eighth consecutive night, according to Army officials, who said Indian units had responded proportionately and that no casualties had been reported. The firing, first reported on the night of 24 April opposite the Kupwara and Baramulla districts, has since been recorded in several sectors, including Poonch, Rajouri and Akhnoor, and in the Pargwal area along the International Border near Jammu.',
      'The exchanges are the most sustained breach of the February 2021 ceasefire understanding between the two militaries, which had largely held for four years and allowed border villages to return to a semblance of normal life. They follow the 22 April attack at the Baisaran meadow near Pahalgam, in which gunmen killed 26 people, most of them tourists, in the deadliest assault on civilians in the Kashmir valley in years. India has linked the attack to cross-border terrorism; Pakistan has denied any involvement and offered to take part in what it called a neutral investigation.',
      'A day after the attack, the Cabinet Committee on Security announced a package of diplomatic and economic measures against Pakistan. Islamabad retaliated by closing its airspace to Indian airlines, suspending trade, including via third countries, and warning that it could hold bilateral agreements such as the 1972 Simla Agreement in abeyance. New Delhi has since added further steps. The principal Indian measures announced so far are:',
      {
        type: 'list',
        ordered: false,
        items: [
          'Holding the 1960 Indus Waters Treaty in abeyance until Pakistan acts against cross-border terrorism',
          'Closing the Integrated Check Post at Attari to movement of people and goods',
          'Cancelling visas issued to Pakistani nationals, including under the SAARC visa exemption scheme',
          'Declaring the defence advisers at the Pakistan High Commission in New Delhi persona non grata and reducing the mission’s overall strength',
          'Closing Indian airspace to aircraft registered, operated or leased by Pakistani airlines, announced on 30 April',
        ],
      },
      'On the military side, Prime Minister Narendra Modi met Defence Minister Rajnath Singh, the Chief of Defence Staff and the three service chiefs on 29 April, after which government sources said the armed forces had been given operational freedom to decide the mode, targets and timing of any response. The Army chief, General Upendra Dwivedi, visited Srinagar and forward formations days after the attack, while the Navy said its warships had carried out a series of anti-ship firings in the Arabian Sea to validate readiness for long-range precision strikes.',
      'Col. (retd) Harish Nair of the Forum for Strategic Studies, a New Delhi think tank, said the pattern of firing so far, mostly small arms, largely at night and spread across a widening front, looked more like probing and signalling than preparation for a large ground operation. He cautioned, however, that the absence of a working ceasefire removed a safety valve, and that a single incident causing casualties could quickly draw in artillery and push both sides up the escalation ladder.',
      'In villages close to the LoC in Kupwara, Uri and Poonch, residents said they had begun clearing out community bunkers built after earlier rounds of shelling and stocking basic supplies. Local officials said schools in the most exposed hamlets were being monitored daily. Farmers who had expanded cultivation closer to the fence during the years of calm said they were unsure whether to continue field work, recalling the heavy losses of livestock and homes suffered before 2021.',
      'Diplomatically, several governments, among them the United States, Iran and Gulf states, have urged both sides to show restraint, and UN Secretary-General António Guterres spoke by telephone to External Affairs Minister S. Jaishankar and Pakistani Prime Minister Shehbaz Sharif on 29 April. Officials in New Delhi have been careful not to signal the timing of any action. For now, the immediate test lies along the 740-kilometre LoC, where commanders on both sides are operating without the restraint that the 2021 understanding provided.',
    ],
  },
  {
    slug: 'final-two-s-400-squadrons-expected-by-2026-as-moscow-clears-backlog',
    headline: 'Final two S-400 squadrons expected by 2026 as Moscow clears wartime backlog',
    standfirst:
      'Three of the five long-range air defence units India ordered in 2018 are deployed. The remaining two have slipped behind schedule as Russia’s defence industry prioritises its own war needs.',
    category: 'defence',
    author: 'elena-sokolova',
    tags: ['S-400', 'Russia', 'Air Force', 'Sanctions'],
    publishedAt: '2025-04-11T16:30:00+05:30',
    image: {
      alt: 'Illustration of a row of truck-mounted missile launchers raised towards a pale sky beside a radar mast',
      credit: 'Illustration: The Nation Express',
    },
    source: { name: 'Eurasia Wire' },
    body: [
      'The last two squadrons of the S-400 Triumf air defence system that India ordered from Russia are now expected to be handed over by 2026, according to people familiar with the programme in Moscow and New Delhi, bringing to a close a contract that has been stretched by the war in Ukraine and by the difficulty of moving money between the two countries under Western sanctions. Neither government has published a revised schedule, and Russian officials have described the delay only in general terms.',
      'India signed the contract for five S-400 squadrons in October 2018, during a visit to New Delhi by President Vladimir Putin, in a deal widely reported to be worth about $5.4 billion. The first unit arrived in late 2021 and three had been delivered by 2023. The Indian Air Force, which has named the system Sudarshan Chakra, has deployed the units to cover sensitive stretches of the northern and western borders, where their long-range missiles can reach well beyond the frontier.',
      'Russian manufacturers have been under pressure since 2022 to replace air defence systems lost or expended in Ukraine, and analysts in Moscow say export orders have generally been scheduled around domestic requirements rather than ahead of them. Payments have been a second complication. With Russian banks cut off from the dollar-based system, the two sides have relied on settlements in national currencies and other arrangements, which defence officials have acknowledged slowed some transactions.',
      'Dmitri Orlov, who follows the arms industry at the Moscow-based Centre for Eurasian Security Studies, said the S-400 contract had nonetheless been treated as a priority because India is one of Russia’s largest and most long-standing arms customers. In his assessment, missing the revised date would carry a reputational cost that Russian exporters could ill afford at a time when buyers across Asia and the Middle East are re-examining their dependence on a supplier at war.',
      'For the Indian Air Force, the remaining units matter because its fighter squadron strength has fallen to about 31 against a sanctioned 42, increasing its reliance on ground-based air defence. The S-400 sits at the top of a layered network that also includes the indigenous Akash system and medium-range surface-to-air missiles developed with Israel. Officers have said in public forums that integrating these systems into a single air defence picture is as important as the arrival of new hardware.',
      'The purchase has also been a long-running irritant in relations with Washington, which has the option of imposing sanctions under its 2017 law targeting significant transactions with Russia’s defence sector. Successive US administrations have refrained from doing so, reflecting India’s importance to American strategy in the Indo-Pacific. Indian officials have consistently described the deal as a sovereign decision rooted in long-term defence ties with Moscow, and reports of interest in further Russian air defence systems have not been confirmed by either government.',
    ],
  },
  {
    slug: 'rafale-m-deal-and-far-flung-deployments-underline-navy-indian-ocean-ambitions',
    headline: 'Rafale-M deal and far-flung deployments underline Navy’s Indian Ocean ambitions',
    standfirst:
      'A contract for 26 carrier-borne fighters, a multinational training voyage and a joint exercise with African navies show how the Navy is stretching its reach across the Indian Ocean in 2025.',
    category: 'defence',
    author: 'vikram-sethi',
    tags: ['Navy', 'Indian Ocean', 'China'],
    publishedAt: '2025-04-29T13:45:00+05:30',
    updatedAt: '2025-04-29T18:10:00+05:30',
    image: {
      alt: 'Illustration of an aircraft carrier silhouette with fighter jets on deck, crossing a deep blue ocean at sunrise',
      credit: 'Illustration: The Nation Express',
    },
    body: [
      'India and France on Monday signed an intergovernmental agreement for 26 Rafale Marine fighters for the Indian Navy, a deal valued at about ₹63,000 crore that will give the indigenous aircraft carrier INS Vikrant a modern fighter wing. The package, cleared by the Cabinet Committee on Security on 9 April, covers 22 single-seat and four twin-seat aircraft, along with weapons, simulators, training and long-term maintenance support. Deliveries are expected to begin towards the end of the decade.',
      'The Navy currently operates the Russian-origin MiG-29K from both its carriers, but the fleet has suffered from low serviceability and a string of accidents over the years. Naval planners have argued that the Rafale Marine, which shares much of its equipment and logistics chain with the 36 Rafale jets already flown by the Indian Air Force, will ease maintenance and training. An indigenous twin-engine deck-based fighter remains under development, but is not expected to enter service for many years.',
      { type: 'heading', text: 'From the Mozambique Channel to the Arabian Sea' },
      'The fighter deal caps a busy month at sea. On 5 April, Defence Minister Rajnath Singh flagged off the offshore patrol vessel INS Sunayna from Karwar as Indian Ocean Ship SAGAR, carrying personnel from nine partner countries, among them Mauritius, Seychelles, Sri Lanka, Maldives and Mozambique, on a training deployment to ports in East Africa and the southwest Indian Ocean. The voyage draws on the MAHASAGAR vision of regional security and development that Prime Minister Narendra Modi outlined in Mauritius in March.',
      'From 13 to 18 April, the Navy co-hosted the first Africa India Key Maritime Engagement, or AIKEYME, with Tanzania at Dar es Salaam, bringing together navies and coast guards from ten African countries for harbour training and sea drills focused on piracy, illegal fishing and information sharing. Closer to home, the destroyer INS Surat test-fired a medium-range surface-to-air missile against a sea-skimming target on 24 April, and the Navy said on 27 April that its ships had carried out multiple anti-ship firings in the Arabian Sea.',
      'The tempo reflects both long-standing ambitions and more immediate pressures. Chinese research and survey ships have become regular visitors to the Indian Ocean, and Indian officials track their movements closely. At the same time, the heightened tension with Pakistan after the Pahalgam attack has put the Western Fleet in the spotlight. Cmde (retd) Anil Deshmukh of the Indian Ocean Policy Centre said the Navy was signalling that it could sustain presence far from home while keeping forces concentrated where a crisis might unfold.',
      'The financial demands of that posture are considerable. The Navy is also seeking additional submarines, including three more Scorpene-class boats to be built at Mazagon Dock, and is inducting new destroyers and frigates at a steady pace. Analysts note that carrier aviation, long-range surveillance aircraft and undersea capabilities all compete for a capital budget that has grown more slowly than the service’s plans, making the choices of the next few years decisive for the shape of the fleet in the 2030s.',
    ],
  },
  {
    slug: 'engine-supply-not-airframes-is-the-bottleneck-for-indias-fighter-plans',
    headline: 'Engine supply, not airframes, is the bottleneck for India’s fighter plans',
    standfirst:
      'Delays to the Tejas Mk1A have exposed how much India’s combat aircraft programmes depend on imported engines, as work continues on the Tejas Mk2, the fifth-generation AMCA and a domestic powerplant.',
    category: 'defence',
    author: 'vikram-sethi',
    tags: ['Air Force', 'United States', 'Tejas'],
    publishedAt: '2025-04-17T08:15:00+05:30',
    image: {
      alt: 'Illustration of a cutaway jet engine beside the outline of a delta-wing light fighter on a hangar floor',
      credit: 'Illustration: The Nation Express',
    },
    body: [
      'Hindustan Aeronautics Limited (HAL) has begun receiving F404 engines from GE Aerospace after a delay of well over a year, clearing the way for deliveries of the Tejas Mk1A light combat aircraft to the Indian Air Force to start in earnest. The first engine under the current order arrived in March, according to the company, and HAL has said it expects the supply rate to pick up through the financial year. The Air Force had originally been due to receive its first Mk1A in early 2024.',
      'The Defence Ministry signed the contract for 83 Tejas Mk1A aircraft, including ten trainers, with HAL in February 2021 at a cost of about ₹48,000 crore, and a follow-on requirement for 97 more has been approved in principle. HAL has built airframes ahead of engine availability and has said production lines are capable of a faster pace. Supply-chain disruptions at GE and its suppliers after the pandemic are widely cited as the main cause of the slippage.',
      'The timing matters because the Air Force’s fighter strength has shrunk to about 31 squadrons against a sanctioned 42, and the last MiG-21 squadrons are due to retire. Senior officers have publicly voiced frustration at the pace of indigenous deliveries, and a committee under the Defence Secretary has been examining ways to close the capability gap. The Tejas fleet is intended to replace ageing aircraft in large numbers, making its production rate central to the service’s plans.',
      'Beyond the Mk1A, the larger Tejas Mk2 is to be powered by the more powerful GE F414. HAL and GE signed a memorandum of understanding in June 2023 to produce that engine in India, with a substantial share of technology transfer, but the commercial agreement is still being negotiated. The Mk2 prototype is due to be rolled out in the coming months, with a first flight expected later, and production timelines hinge on how quickly the F414 deal is concluded.',
      'For the fifth-generation Advanced Medium Combat Aircraft (AMCA), cleared for design and development by the Cabinet Committee on Security in March 2024, India is seeking a more powerful engine developed jointly with a foreign partner. Discussions with France’s Safran on a roughly 120-kilonewton engine have been under way for some time. The Defence Research and Development Organisation’s own Kaveri engine, which fell short of the thrust required for the Tejas, is being adapted for use in unmanned combat aircraft.',
      'Air Marshal (retd) Pradeep Khanna, now a senior fellow at the Centre for Aerospace Policy, said the lesson of the Mk1A was that an aircraft programme was only as indigenous as its least available component. In his view, a domestic engine capability would take more than a decade to mature even with strong funding, and India would need to manage its dependence on foreign suppliers carefully in the meantime, including by building larger engine stocks and maintenance capacity at home.',
    ],
  },
  {
    slug: 'brahmos-leads-export-push-as-india-posts-record-defence-sales',
    headline: 'BrahMos leads export push as India posts record defence sales',
    standfirst:
      'Defence exports rose to a record ₹23,622 crore in 2024-25, the government said, with the India-Russia BrahMos cruise missile at the centre of efforts to win larger orders in Southeast Asia.',
    category: 'defence',
    author: 'news-desk',
    tags: ['BrahMos', 'Russia', 'Trade'],
    publishedAt: '2025-04-02T11:20:00+05:30',
    image: {
      alt: 'Illustration of a supersonic cruise missile lifting off from a coastal launcher, with a map of Southeast Asia in the background',
      credit: 'Illustration: The Nation Express',
    },
    source: { name: 'Frontline Defence Review' },
    body: [
      'India’s defence exports reached a record ₹23,622 crore in the financial year 2024-25, an increase of about 12 per cent over the previous year, the Ministry of Defence said on Tuesday. Private companies accounted for the larger share of the total, with defence public sector undertakings making up the rest. The government has set a target of ₹50,000 crore in annual defence exports by 2029, a goal that officials acknowledge will require a handful of large platform sales rather than a steady flow of components.',
      'The BrahMos supersonic cruise missile is the most prominent of those platforms. Built by BrahMos Aerospace, a joint venture between the Defence Research and Development Organisation and Russia’s NPO Mashinostroyeniya, the missile became India’s first major weapons export when the Philippines signed a contract of about $375 million in January 2022 for three shore-based anti-ship batteries. The first systems were delivered in April 2024, and the Philippine Marine Corps has since begun operating them.',
      'Talks with other Southeast Asian navies and armies have followed. Indonesia and Vietnam have both been reported to be negotiating purchases, and officials have said that financing arrangements, including lines of credit, are part of those discussions. Any sale requires the agreement of both partners in the joint venture, and Russian officials have said publicly that they support BrahMos exports, which give Moscow a share in a market that is otherwise difficult for its own manufacturers to access under sanctions.',
      'The appeal of the missile rests on its speed of close to Mach 3, its relatively short flight time and the ability to launch it from land, ships, submarines and aircraft. After India joined the Missile Technology Control Regime in 2016, the range of versions in Indian service was extended well beyond the original 290 kilometres. Export variants are offered within the limits set by the regime, which remain a factor in how the system is marketed abroad.',
      'Production capacity is expanding to match. A new BrahMos integration and testing facility is being built in Lucknow as part of the Uttar Pradesh defence industrial corridor, and company officials have said it will eventually produce the lighter next-generation variant intended for a wider range of aircraft and ships. Suppliers of propellant, seekers and airframe sections from the private sector have also been brought into the chain as part of the government’s indigenisation push.',
      'Rear Admiral (retd) Suresh Pillai of the Institute for Maritime and Defence Studies said the Philippine contract had done more for India’s credibility as an arms supplier than any previous sale, because it showed that Indian systems could be delivered, deployed and supported abroad. He cautioned that customers in the region would be watching after-sales service closely, and that winning repeat orders would depend as much on spares, training and financing as on the performance of the missile itself.',
    ],
  },
  {
    slug: 'cabinet-clears-second-phase-of-vibrant-villages',
    headline: 'Cabinet clears second phase of Vibrant Villages as border road-building gathers pace',
    standfirst:
      'The ₹6,839 crore programme extends development funding to villages along India’s land borders beyond the northern frontier, as roads, tunnels and airfields near the Line of Actual Control move towards completion.',
    category: 'defence',
    author: 'ananya-rao',
    tags: ['China', 'Border infrastructure', 'Narendra Modi'],
    publishedAt: '2025-04-05T09:40:00+05:30',
    image: {
      alt: 'Illustration of a mountain road winding past a small Himalayan village towards a tunnel portal under snowy peaks',
      credit: 'Illustration: The Nation Express',
    },
    source: { name: 'South Asia News Service' },
    body: [
      'The Union Cabinet chaired by Prime Minister Narendra Modi on Friday approved the second phase of the Vibrant Villages Programme, with an outlay of ₹6,839 crore until 2028-29, to improve infrastructure and livelihoods in villages along India’s international land borders. The first phase, approved in 2023, focused on villages along the northern frontier with China in Arunachal Pradesh, Sikkim, Uttarakhand, Himachal Pradesh and Ladakh. The new phase covers strategic villages along the other land borders, including those with Pakistan, Bangladesh, Myanmar and Nepal.',
      'According to the government, the programme will fund all-weather roads, telecom and television connectivity, electrification and facilities for tourism and local enterprise, delivered in part by converging existing central and state schemes. Officials describe the aim as preventing out-migration from remote border hamlets, which security agencies regard as the first line of awareness along the frontier, and integrating those communities more closely with the national economy. Preventing cross-border crime and smuggling is also cited as an objective.',
      'The decision fits a broader push on border infrastructure that has accelerated since the 2020 standoff with China in eastern Ladakh. The Border Roads Organisation has completed projects such as the Sela tunnel in Arunachal Pradesh, opened in March 2024, and has begun work on the Shinku La tunnel linking Himachal Pradesh with Ladakh. Work is also continuing on an upgraded airfield at Nyoma in eastern Ladakh, which will allow fighter operations close to the Line of Actual Control.',
      'The building continues even as relations with Beijing have thawed. In October 2024, the two countries reached an agreement on patrolling arrangements at Depsang and Demchok, the last friction points from the standoff, and their Special Representatives met in Beijing in December. The two sides have since agreed to resume the Kailash Mansarovar Yatra and work towards restoring direct flights, and this week marked the 75th anniversary of diplomatic relations with exchanges of messages between their leaders.',
      'Officials in New Delhi say the improvement in ties does not change the need to narrow the gap with China’s own frontier infrastructure. Across the border, Beijing has built hundreds of well-connected villages in Tibet and invested heavily in roads, railways and dual-use airports. Indian planners have long argued that the advantage the People’s Liberation Army enjoys in moving troops and supplies to the frontier is one of the central lessons of the clashes of 2020.',
      'Maj. Gen. (retd) Rakesh Bhandari of the Himalayan Security Forum said the second phase was notable for widening the focus to borders where the main challenges are infiltration, smuggling and illegal migration rather than a conventional military threat. He said the test of the programme would be whether it could bring lasting jobs to border districts, noting that roads alone had not always stemmed migration from high-altitude villages where farming seasons are short.',
    ],
  },
  {
    slug: 'theatre-commands-back-in-focus-as-defence-ministry-year-of-reforms-advances',
    headline: 'Theatre commands back in focus as defence ministry’s ‘year of reforms’ advances',
    standfirst:
      'Five years after India created the post of Chief of Defence Staff, the armed forces are edging towards integrated theatre commands, though questions over air power and command structures remain unresolved.',
    category: 'defence',
    author: 'news-desk',
    tags: ['Theatre commands', 'Air Force', 'Navy'],
    publishedAt: '2025-04-21T10:05:00+05:30',
    image: {
      alt: 'Illustration of a map of India divided into coloured regional sectors, with army, navy and air force insignia linked by lines',
      credit: 'Illustration: The Nation Express',
    },
    body: [
      'The Ministry of Defence’s decision to designate 2025 as a “year of reforms” has put the long-debated creation of integrated theatre commands back at the top of the military agenda. Officials say work on the structure, overseen by the Chief of Defence Staff, General Anil Chauhan, has moved from broad principles to detailed questions of command, control and resources. No formal announcement has been made, however, and the government has not set out a public timetable.',
      'India’s army, navy and air force have traditionally operated through 17 single-service commands, with only the Andaman and Nicobar Command and the Strategic Forces Command organised on a tri-service basis. The post of Chief of Defence Staff was created in January 2020 with a mandate to promote jointness and to restructure commands. The first incumbent, General Bipin Rawat, was killed in a helicopter crash in December 2021, and the post remained vacant until General Chauhan was appointed in September 2022.',
      'Proposals discussed in recent years, according to officials and published reports, envisage a theatre facing China in the north and east, one facing Pakistan in the west, and a maritime theatre covering the Indian Ocean. Parliament laid part of the legal groundwork with the Inter-Services Organisations (Command, Control and Discipline) Act of 2023, which gives the heads of joint formations disciplinary and administrative powers over personnel from all three services.',
      'The most persistent point of contention has been air power. The Indian Air Force has argued in the past that its relatively small fleet of fighters, tankers and surveillance aircraft should not be parcelled out among several theatre commanders, since it needs to be able to swing assets rapidly across the country. Supporters of theatres respond that a single commander responsible for a front must control the means to fight there, with a mechanism to reassign forces when required.',
      {
        type: 'quote',
        text: 'Theatre commands are less about drawing new lines on a map than about deciding who controls scarce aircraft, satellites and missiles on the first day of a war. That argument has to be settled before any notification is signed.',
        attribution: 'Air Vice Marshal (retd) Sunil Bhatnagar, Institute for Integrated Defence Policy',
      },
      'Smaller steps towards integration have been taken in the meantime. Joint logistics nodes have been set up to allow the services to share supply depots, officers are being cross-posted between services in larger numbers, and common training courses have been expanded. Procurement is also increasingly being planned jointly, with the Defence Acquisition Council giving more weight to systems that can be used by more than one service, such as drones, communications networks and long-range missiles.',
      'Analysts say the broader security environment adds urgency. The standoff with China in Ladakh exposed gaps in coordination between ground and air forces in high-altitude terrain, while the expanding Chinese naval presence in the Indian Ocean has strengthened the case for a unified maritime command. Whether the reforms are completed this year or not, officials say the principle of fighting as a single integrated force is no longer in question; the debate is over how to structure it.',
    ],
  },
];
