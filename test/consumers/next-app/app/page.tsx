export default function Home() {
  return (
    <ul>
      <li><a href="/wrappers">React wrappers, rendered on the server</a></li>
      <li><a href="/bare">Bare tags, client only</a></li>
    </ul>
  );
}
