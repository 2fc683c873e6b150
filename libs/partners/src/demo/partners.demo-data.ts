import { OrganisationType } from '../organisation.entity';

export interface DemoOrganisation {
  name: string;
  type: OrganisationType;
  focusAreas: string[];
  neighbourhoods: string[];
  website?: string;
  phone?: string;
  notes?: string;
  /** name, email, role, language ('en' unless given), opted out */
  contacts: [string, string, string, string?, boolean?][];
}

const T = OrganisationType;

/** Riverside PD's partner directory (neighbourhoods from the demo agency). */
export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  { name: 'Riverside Behavioral Health Center', type: T.MENTAL_HEALTH_AGENCY, focusAreas: ['mental health', 'drugs'], neighbourhoods: ['Old Town', 'Riverside Flats'], website: 'https://riversidebhc.example', phone: '(555) 201-4400', notes: 'Runs the co-responder crisis line with Patrol.', contacts: [['Dr. Alicia Moreno', 'amoreno@riversidebhc.example', 'Clinical Director'], ['Tom Becker', 'tbecker@riversidebhc.example', 'Crisis Team Lead']] },
  { name: 'NAMI Riverside County', type: T.NGO, focusAreas: ['mental health'], neighbourhoods: ['Old Town', 'Westfield'], website: 'https://nami-riverside.example', contacts: [['Janet Liu', 'jliu@nami-riverside.example', 'Executive Director']] },
  { name: 'Northgate High School', type: T.SCHOOL, focusAreas: ['youth safety', 'drugs', 'traffic safety'], neighbourhoods: ['Northgate'], website: 'https://northgate-hs.example', phone: '(555) 310-2200', contacts: [['Principal Karen Hughes', 'khughes@northgate-hs.example', 'Principal'], ['Raúl Castillo', 'rcastillo@northgate-hs.example', 'Family Liaison', 'es']] },
  { name: 'Eastbrook Elementary School', type: T.SCHOOL, focusAreas: ['youth safety', 'traffic safety'], neighbourhoods: ['Eastbrook'], contacts: [['Maria Delgado', 'mdelgado@eastbrook-es.example', 'Principal', 'es'], ['Sam Whitaker', 'swhitaker@eastbrook-es.example', 'PTA President']] },
  { name: 'Cedar Hill Middle School', type: T.SCHOOL, focusAreas: ['youth safety', 'gangs'], neighbourhoods: ['Cedar Hill'], contacts: [['Andre Price', 'aprice@cedarhill-ms.example', 'Assistant Principal']] },
  { name: 'Riverside State University', type: T.UNIVERSITY, focusAreas: ['mental health', 'domestic violence', 'traffic safety'], neighbourhoods: ['University Park'], website: 'https://rsu.example', phone: '(555) 400-1000', contacts: [['Dean Patricia Nguyen', 'pnguyen@rsu.example', 'Dean of Students'], ['Chief Omar Haddad', 'ohaddad@rsu.example', 'Campus Police Chief'], ['Lena Fischer', 'lfischer@rsu.example', 'Title IX Coordinator']] },
  { name: 'RSU Criminology Department', type: T.UNIVERSITY, focusAreas: ['gangs', 'human trafficking'], neighbourhoods: ['University Park'], contacts: [['Prof. David Okonkwo', 'dokonkwo@rsu.example', 'Professor of Criminology']] },
  { name: 'First Baptist Church of Riverside', type: T.FAITH_GROUP, focusAreas: ['youth safety', 'gangs'], neighbourhoods: ['Old Town'], phone: '(555) 222-0190', contacts: [['Rev. James Carter', 'pastor@firstbaptist-riverside.example', 'Senior Pastor']] },
  { name: "St. Mary's Catholic Parish", type: T.FAITH_GROUP, focusAreas: ['human trafficking', 'domestic violence'], neighbourhoods: ['Riverside Flats', 'Harbor District'], contacts: [['Fr. Miguel Santos', 'msantos@stmarys-riverside.example', 'Parish Priest', 'es'], ['Elena Ruiz', 'eruiz@stmarys-riverside.example', 'Outreach Coordinator', 'es']] },
  { name: 'Islamic Center of Riverside', type: T.FAITH_GROUP, focusAreas: ['hate crime', 'youth safety'], neighbourhoods: ['Westfield'], website: 'https://icriverside.example', contacts: [['Imam Yusuf Rahman', 'yrahman@icriverside.example', 'Imam'], ['Sara Haddad', 'shaddad@icriverside.example', 'Community Relations']] },
  { name: 'Temple Beth Shalom', type: T.FAITH_GROUP, focusAreas: ['hate crime'], neighbourhoods: ['Cedar Hill'], contacts: [['Rabbi Deborah Klein', 'rabbi@bethshalom-riverside.example', 'Rabbi']] },
  { name: 'Old Town Neighborhood Association', type: T.NEIGHBOURHOOD_ASSOCIATION, focusAreas: ['traffic safety', 'drugs'], neighbourhoods: ['Old Town'], contacts: [['Bill Anderson', 'chair@oldtown-na.example', 'Chair'], ['Rita Gomez', 'secretary@oldtown-na.example', 'Secretary']] },
  { name: 'Northgate Residents Council', type: T.NEIGHBOURHOOD_ASSOCIATION, focusAreas: ['traffic safety', 'youth safety'], neighbourhoods: ['Northgate'], contacts: [['Helen Park', 'hpark@northgate-rc.example', 'President'], ['Samira Khalil', 'skhalil@northgate-rc.example', 'Secretary', 'ar']] },
  { name: 'Riverside Flats Tenants Union', type: T.NEIGHBOURHOOD_ASSOCIATION, focusAreas: ['drugs', 'gangs', 'domestic violence'], neighbourhoods: ['Riverside Flats'], contacts: [['Carmen Vega', 'cvega@rftu.example', 'Organizer', 'es'], ['Luis Medina', 'lmedina@rftu.example', 'Building Captain', 'es'], ['Linh Tran', 'ltran@rftu.example', 'Outreach Volunteer', 'vi']] },
  { name: 'Harbor District Merchants Association', type: T.BUSINESS_ASSOCIATION, focusAreas: ['drugs', 'human trafficking'], neighbourhoods: ['Harbor District'], website: 'https://harbormerchants.example', contacts: [['Greg Thompson', 'gthompson@harbormerchants.example', 'Board President']] },
  { name: 'Downtown Riverside Business Alliance', type: T.BUSINESS_ASSOCIATION, focusAreas: ['traffic safety'], neighbourhoods: ['Old Town'], contacts: [['Nina Patel', 'npatel@drba.example', 'Executive Director'], ['Chris Morgan', 'cmorgan@drba.example', 'Safety Committee Chair']] },
  { name: 'Westfield Cedar Hill Neighborhood Watch', type: T.NEIGHBOURHOOD_ASSOCIATION, focusAreas: ['traffic safety', 'hate crime'], neighbourhoods: ['Westfield', 'Cedar Hill'], contacts: [['Doris Mitchell', 'dmitchell@wchwatch.example', 'Block Captain Coordinator']] },
  { name: 'Safe Harbor Domestic Violence Shelter', type: T.VICTIM_SERVICES, focusAreas: ['domestic violence', 'human trafficking'], neighbourhoods: ['Harbor District'], phone: '(555) 800-7233', notes: 'Confidential location; never publish the address.', contacts: [['Angela Brooks', 'abrooks@safeharbor.example', 'Executive Director'], ['Rosa Jimenez', 'rjimenez@safeharbor.example', 'Bilingual Advocate', 'es']] },
  { name: 'Riverside County Victim Witness Program', type: T.VICTIM_SERVICES, focusAreas: ['domestic violence', 'hate crime'], neighbourhoods: ['Old Town'], contacts: [['Kevin Walsh', 'kwalsh@rc-victimwitness.example', 'Program Manager']] },
  { name: 'Freedom Network Against Trafficking', type: T.NGO, focusAreas: ['human trafficking'], neighbourhoods: ['Harbor District', 'Riverside Flats'], website: 'https://freedomnetwork-riverside.example', contacts: [['Grace Kim', 'gkim@freedomnetwork-riverside.example', 'Director of Programs']] },
  { name: 'Boys & Girls Club of Riverside', type: T.NGO, focusAreas: ['youth safety', 'gangs'], neighbourhoods: ['Eastbrook', 'Riverside Flats'], phone: '(555) 330-4242', contacts: [['Marcus Reed', 'mreed@bgc-riverside.example', 'Club Director'], ['Tanya Wells', 'twells@bgc-riverside.example', 'Teen Program Lead']] },
  { name: 'Homeboy Pathways Riverside', type: T.NGO, focusAreas: ['gangs'], neighbourhoods: ['Eastbrook'], contacts: [['Hector Alvarez', 'halvarez@homeboypathways.example', 'Case Manager', 'es']] },
  { name: 'Riverside Recovery Coalition', type: T.NGO, focusAreas: ['drugs', 'mental health'], neighbourhoods: ['Old Town', 'Harbor District'], contacts: [['Jennifer Cole', 'jcole@recoverycoalition.example', 'Peer Support Coordinator']] },
  { name: 'Riverside LGBTQ+ Center', type: T.NGO, focusAreas: ['hate crime', 'mental health'], neighbourhoods: ['University Park', 'Old Town'], website: 'https://riversidelgbtq.example', contacts: [['Alex Rivera', 'arivera@riversidelgbtq.example', 'Community Safety Lead']] },
  { name: 'Mothers Against Drunk Driving – Riverside', type: T.NGO, focusAreas: ['traffic safety'], neighbourhoods: [], contacts: [['Linda Foster', 'lfoster@madd-riverside.example', 'Chapter Coordinator']] },
  { name: 'Riverside County Department of Public Health', type: T.GOVERNMENT_AGENCY, focusAreas: ['drugs', 'mental health'], neighbourhoods: [], website: 'https://rcdph.example', contacts: [['Dr. Samuel Osei', 'sosei@rcdph.example', 'Overdose Prevention Lead'], ['Mei Chen', 'mchen@rcdph.example', 'Epidemiologist']] },
  { name: 'City of Riverside Transportation Department', type: T.GOVERNMENT_AGENCY, focusAreas: ['traffic safety'], neighbourhoods: [], contacts: [['Paul Jensen', 'pjensen@riverside-city.example', 'Vision Zero Program Manager']] },
  { name: 'Riverside Unified School District', type: T.GOVERNMENT_AGENCY, focusAreas: ['youth safety'], neighbourhoods: ['Northgate', 'Eastbrook', 'Cedar Hill'], contacts: [['Dr. Olivia Grant', 'ogrant@rusd.example', 'Director of Student Safety']] },
  { name: 'Eastbrook Family Resource Center', type: T.NGO, focusAreas: ['domestic violence', 'youth safety'], neighbourhoods: ['Eastbrook'], contacts: [['Lucía Herrera', 'lherrera@eastbrook-frc.example', 'Family Advocate', 'es'], ['Dan Moore', 'dmoore@eastbrook-frc.example', 'Director', 'en', true]] },
  { name: 'Westfield Senior Center', type: T.OTHER, focusAreas: ['traffic safety'], neighbourhoods: ['Westfield'], notes: 'Interested in scam-prevention sessions for older residents.', contacts: [['Martha Gibbs', 'mgibbs@westfield-seniors.example', 'Activities Coordinator']] },
];
