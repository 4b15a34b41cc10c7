export type PageInfo = { page: number; pageSize: number; total: number };

export type Envelope<T> = { data: T };

export type WithAbilities<T, A> = { data: T; abilities: A };

export type ListEnvelope<T, A> = { data: T[]; page: PageInfo; abilities: A };
