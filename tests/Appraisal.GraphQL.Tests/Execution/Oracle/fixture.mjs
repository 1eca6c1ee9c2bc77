// The oracle fixture schema: the same SDL and deterministic resolvers as OracleSchema.cs.
import { buildSchema } from 'graphql';

export const sdl = `
interface Named { name: String! }
type Dog implements Named { name: String! barks: Boolean! }
type Cat implements Named { name: String! lives: Int }
union Animal = Dog | Cat
enum Color { RED GREEN BLUE }
input Filter { color: Color, minLives: Int = 9, tags: [String!] }
input Pick @oneOf { id: ID, name: String }
type Item { id: ID!, label: String, color: Color, price: Float, tags: [String!]! }
type Nested { ok: String, bad: String!, failing: String, list: [String!], child: Nested, asyncBad: String! }
type Query {
  hello: String
  greet(name: String = "world"): String!
  echoInt(value: Int!): Int!
  echoList(values: [Int]): [Int]
  echoFilter(filter: Filter): String
  pick(by: Pick!): String
  item(id: ID!): Item
  items: [Item!]!
  asyncItems: [Item]
  asyncHello: String
  fail: String
  asyncFail: String
  failNonNull: String!
  nullNonNull: String!
  nested: Nested
  nestedNonNull: Nested!
  animals: [Animal!]!
  pets: [Named]
  badAnimal: Animal
  numbers: [Int!]
  mixed: [Int]
  notAList: [Int]
  floats: [Float]
  color(c: Color): Color
  badEnum: Color
  matrix: [[Int]]
  badInt: Int
}
type Mutation { incr(by: Int = 1): Int! fail: Int! setName(name: String!): String }
`;

export const schema = buildSchema(sdl);

const items = [
  { id: '1', label: 'one', color: 'RED', price: 1.5, tags: ['a', 'b'] },
  { id: '2', label: null, color: 'BLUE', price: 20, tags: [] },
];

function nested(depth) {
  return {
    ok: () => 'ok',
    bad: () => null,
    failing: () => { throw new Error('nested failure'); },
    list: () => ['x', null, 'z'],
    child: () => (depth > 0 ? nested(depth - 1) : null),
    asyncBad: async () => { throw new Error('async nested failure'); },
  };
}

/** A fresh root per operation, so mutation counters start at 0. */
export function createRoot() {
  let counter = 0;
  return {
    hello: () => 'Hello',
    greet: ({ name }) => `Hello, ${name}!`,
    echoInt: ({ value }) => value,
    echoList: ({ values }) => values,
    echoFilter: ({ filter }) => JSON.stringify(filter),
    pick: ({ by }) => JSON.stringify(by),
    item: ({ id }) => items.find((i) => i.id === id) ?? null,
    items: () => items,
    asyncItems: async () => [items[1], null, items[0]],
    asyncHello: async () => 'Hello later',
    fail: () => { throw new Error('fail!'); },
    asyncFail: async () => { throw new Error('async fail!'); },
    failNonNull: () => { throw new Error('non-null fail'); },
    nullNonNull: () => null,
    nested: () => nested(2),
    nestedNonNull: () => nested(1),
    animals: () => [
      { __typename: 'Dog', name: 'Rex', barks: true },
      { __typename: 'Cat', name: 'Tom', lives: 7 },
    ],
    pets: () => [
      { __typename: 'Cat', name: 'Felix', lives: null },
      null,
      { __typename: 'Dog', name: 'Fido', barks: false },
    ],
    badAnimal: () => ({ __typename: 'Fish', name: 'Nemo' }),
    numbers: () => [1, null, 3],
    mixed: () => [1, 'two', 3.5, 4],
    notAList: () => 42,
    floats: () => [1.5, 2, 0.1, 1e21, 1e-7, 123456789.125],
    color: ({ c }) => c ?? 'GREEN',
    badEnum: () => 'PURPLE',
    matrix: () => [[1, 2], null, [3, null]],
    badInt: () => 2147483648,
    incr: ({ by }) => { counter += by; return counter; },
    setName: ({ name }) => `name=${name}`,
  };
}
