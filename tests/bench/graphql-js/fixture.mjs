// The benchmark fixture in JavaScript: ../fixture/schema.graphql with the same deterministic resolvers as
// ../Appraisal.Benchmarks/BenchSchema.cs. Resolvers are attached to the built schema's fields, the way the C#
// side binds them with SchemaBuilder.AddResolver; the other fields use the default (property) resolver.
import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';

export const fixtureDir = new URL('../fixture/', import.meta.url);
const read = (name) => readFileSync(new URL(name, fixtureDir), 'utf8');

const USER_COUNT = 50;
const ROLES = ['ADMIN', 'MEMBER', 'GUEST'];

export class Post {
  constructor(author, k) {
    this.id = `${author.id}-${k}`;
    this.title = `Post ${k} by ${author.name}`;
    this.author = author;
    this.createdAt = `2024-01-0${k}T12:00:00Z`;
  }
}

export class User {
  constructor(i) {
    this.index = i;
    this.id = String(i);
    this.name = `User ${i}`;
    this.email = i % 4 === 0 ? null : `user${i}@example.com`;
    this.role = ROLES[i % 3];
    this.handle = `@user${i}`;
    this.posts = [new Post(this, 1), new Post(this, 2)];
  }
}

const users = Array.from({ length: USER_COUNT }, (_, n) => new User(n + 1));
const posts = users.flatMap((u) => u.posts);
const userById = new Map(users.map((u) => [u.id, u]));
const postById = new Map(posts.map((p) => [p.id, p]));

function friendsOf(user, first) {
  const count = Math.max(0, Math.min(first ?? 5, 20));
  const friends = [];
  for (let k = 0; k < count; k++) {
    friends.push(users[(user.index * 7 + k * 3) % USER_COUNT]);
  }
  return friends;
}

function search(term) {
  const found = users.filter((u) => u.name.includes(term)).slice(0, 3);
  return found.concat(posts.filter((p) => p.title.includes(term)).slice(0, 3));
}

export const schema = buildSchema(read('schema.graphql'));

const resolvers = {
  Query: {
    hello: () => 'Hello world',
    user: (_, { id }) => userById.get(id) ?? null,
    userBy: (_, { key }) => (key.id != null ? userById.get(key.id) : users.find((u) => u.email === key.email)) ?? null,
    users: (_, { first, offset }) => users.slice(offset ?? 0, (offset ?? 0) + Math.max(0, first ?? 0)),
    node: (_, { id }) => userById.get(id) ?? postById.get(id) ?? null,
    search: (_, { term }) => search(term),
  },
  User: {
    friends: (user, { first }) => friendsOf(user, first),
  },
};

for (const [typeName, fields] of Object.entries(resolvers)) {
  const typeFields = schema.getType(typeName).getFields();
  for (const [fieldName, resolve] of Object.entries(fields)) {
    typeFields[fieldName].resolve = resolve;
  }
}

const resolveType = (value) => (value instanceof User ? 'User' : value instanceof Post ? 'Post' : undefined);
for (const name of ['Node', 'Named', 'SearchResult']) {
  schema.getType(name).resolveType = resolveType;
}

/** The benchmarked documents: name → { source, variables }. */
export const documents = {
  'three-field': { source: read('three-field.graphql'), variables: undefined },
  fragments: { source: read('fragments.graphql'), variables: JSON.parse(read('fragments.variables.json')) },
  introspection: { source: read('introspection.graphql'), variables: undefined },
};

/** The committed expected response of a document: JSON.stringify(await graphql(...)) plus a newline. */
export const expectedPath = (name) => new URL(`expected/${name}.json`, fixtureDir);
