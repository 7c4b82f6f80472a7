/** The frame (header, navigation, footer) and the routes: every view has its own URL. */
import { Link, Route, Switch, useLocation } from 'wouter';
import { ArticleView } from './ArticleView';
import { CountryView, OrganizationView, PersonView } from './EntityViews';
import { RecordView } from './RecordView';
import { RelationView } from './RelationView';
import { HomeView, SearchView } from './SearchView';

export function App() {
  const [location] = useLocation();
  const current = (prefix: string) => (location === prefix || location.startsWith(`${prefix}/`) ? 'page' : undefined);
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="site">
        <Link href="/" className="brand">
          Korea–Central Asia <span>explorer</span>
        </Link>
        <nav aria-label="Main">
          <Link href="/search" aria-current={current('/search')}>
            Search
          </Link>
          <Link href="/relation/KR/UZ" aria-current={current('/relation')}>
            Relations
          </Link>
          <Link href="/country/KR" aria-current={current('/country')}>
            Countries
          </Link>
          <a href="/graphql">GraphQL IDE</a>
        </nav>
      </header>
      <main id="main">
        <Switch>
          <Route path="/" component={HomeView} />
          <Route path="/search" component={SearchView} />
          <Route path="/relation/:a/:b">{(p) => <RelationView key={`${p.a}-${p.b}`} a={p.a.toUpperCase()} b={p.b.toUpperCase()} />}</Route>
          <Route path="/relation">{() => <RelationView a="KR" b="UZ" />}</Route>
          <Route path="/country/:code">{(p) => <CountryView key={p.code} code={p.code.toUpperCase()} />}</Route>
          <Route path="/organization/:id">{(p) => <OrganizationView key={p.id} id={decodeURIComponent(p.id)} />}</Route>
          <Route path="/person/:id">{(p) => <PersonView key={p.id} id={decodeURIComponent(p.id)} />}</Route>
          <Route path="/agreement/:id">{(p) => <RecordView key={p.id} kind="Agreement" id={decodeURIComponent(p.id)} />}</Route>
          <Route path="/statement/:id">{(p) => <RecordView key={p.id} kind="Statement" id={decodeURIComponent(p.id)} />}</Route>
          <Route path="/fact/:id">{(p) => <RecordView key={p.id} kind="Fact" id={decodeURIComponent(p.id)} />}</Route>
          <Route path="/article/:id">{(p) => <ArticleView key={p.id} id={decodeURIComponent(p.id)} />}</Route>
          <Route>
            <section className="status error" role="alert">
              <h1>Page not found</h1>
              <p>
                Nothing lives at <code>{location}</code>. Try the <Link href="/search">search</Link>.
              </p>
            </section>
          </Route>
        </Switch>
      </main>
      <footer className="site">
        Every record comes from the public GraphQL API at <a href="/graphql">/graphql</a> and is tied to the sentence that supports it.
      </footer>
    </>
  );
}
