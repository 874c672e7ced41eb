import { Loader } from './loader';

export default async function Page({ searchParams }: { searchParams: Promise<{ api?: string }> }) {
  const { api = '' } = await searchParams;
  return (
    <main>
      <h1>Bare tags</h1>
      <Loader api={api} />
    </main>
  );
}
