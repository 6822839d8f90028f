export const firstNames = [
  'James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth', 'William', 'Barbara',
  'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Charles', 'Karen', 'Christopher', 'Lisa', 'Daniel', 'Nancy',
  'Matthew', 'Betty', 'Anthony', 'Margaret', 'Mark', 'Sandra', 'Donald', 'Ashley', 'Steven', 'Kimberly', 'Paul', 'Emily',
  'Andrew', 'Donna', 'Joshua', 'Michelle', 'Kenneth', 'Carol', 'Kevin', 'Amanda', 'Brian', 'Dorothy', 'George', 'Melissa',
  'Timothy', 'Deborah', 'Ronald', 'Stephanie', 'Edward', 'Rebecca', 'Jason', 'Sharon', 'Jeffrey', 'Laura', 'Ryan', 'Cynthia',
  'Jacob', 'Kathleen', 'Gary', 'Amy', 'Nicholas', 'Angela', 'Eric', 'Shirley', 'Jonathan', 'Anna', 'Stephen', 'Brenda',
  'Larry', 'Pamela', 'Justin', 'Emma', 'Scott', 'Nicole', 'Brandon', 'Helen', 'Benjamin', 'Samantha', 'Samuel', 'Katherine',
  'Aarav', 'Priya', 'Wei', 'Mei', 'Hiroshi', 'Yuki', 'Olusegun', 'Amara', 'Mateo', 'Sofia', 'Lucas', 'Ingrid', 'Omar', 'Leila',
  'Dmitri', 'Anya', 'Kwame', 'Zanele', 'Rafael', 'Camila', 'Sven', 'Freya', 'Arjun', 'Ananya', 'Chen', 'Lin',
];

export const lastNames = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez',
  'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Perez', 'Thompson',
  'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright',
  'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores', 'Green', 'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell',
  'Mitchell', 'Carter', 'Roberts', 'Patel', 'Shah', 'Kim', 'Park', 'Chen', 'Wang', 'Tanaka', 'Sato', 'Okafor', 'Mensah',
  'Silva', 'Santos', 'Novak', 'Kowalski', 'Ivanova', 'Petrov', 'Larsen', 'Nielsen', 'Müller', 'Schmidt', "O'Brien",
  'Murphy', 'Kelly', 'Singh', 'Kumar', 'Cohen', 'Levi', 'Haddad', 'Nasser', 'Dubois', 'Moreau', 'Rossi', 'Bianchi',
];

export const departments = [
  { name: 'Engineering', titles: ['Software Engineer', 'Senior Software Engineer', 'Staff Engineer', 'Engineering Manager', 'SRE'], weight: 30 },
  { name: 'Sales', titles: ['Account Executive', 'Sales Development Rep', 'Sales Manager', 'Solutions Engineer'], weight: 18 },
  { name: 'Marketing', titles: ['Marketing Manager', 'Content Strategist', 'Growth Analyst', 'Designer'], weight: 9 },
  { name: 'Customer Success', titles: ['Customer Success Manager', 'Support Engineer', 'Support Lead'], weight: 12 },
  { name: 'Finance', titles: ['Accountant', 'Financial Analyst', 'Controller', 'Procurement Specialist'], weight: 6 },
  { name: 'People', titles: ['HR Business Partner', 'Recruiter', 'People Operations Specialist'], weight: 5 },
  { name: 'IT', titles: ['IT Administrator', 'Security Engineer', 'Systems Engineer', 'IT Manager'], weight: 6 },
  { name: 'Legal', titles: ['Counsel', 'Paralegal', 'Compliance Manager'], weight: 3 },
  { name: 'Product', titles: ['Product Manager', 'Product Designer', 'UX Researcher'], weight: 8 },
  { name: 'Operations', titles: ['Operations Manager', 'Business Analyst', 'Office Manager'], weight: 3 },
] as const;

export const locations = ['New York', 'San Francisco', 'Austin', 'London', 'Berlin', 'Sydney', 'Toronto', 'Bangalore', 'Remote'];

export const partnerDomains = ['contractor.io', 'agency-partners.com', 'outsource.dev'];
