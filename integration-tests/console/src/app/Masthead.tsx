// The console's masthead, reduced to what the lab needs: a light/dark switch (pf-v6-theme-dark on
// <html>, as the console's user preference does), a language switch and a user switch. The console
// switches users by logging out and in; the host's server holds one token per lab user and picks the
// one named by the `lab-user` cookie, so switching reloads the page as a new login would.
import { useEffect, useState, type FC } from 'react';
import {
  Button,
  Content,
  FormSelect,
  FormSelectOption,
  Masthead as PFMasthead,
  MastheadBrand,
  MastheadContent,
  MastheadMain,
  MastheadToggle,
  PageToggleButton,
  Toolbar,
  ToolbarContent,
  ToolbarGroup,
  ToolbarItem,
} from '@patternfly/react-core';
import { MoonIcon, SunIcon } from '@patternfly/react-icons';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, changeLanguage, type Language } from '../i18n';

export type Theme = 'light' | 'dark';
const THEME_KEY = 'lab-theme';

export const storedTheme = (): Theme =>
  localStorage.getItem(THEME_KEY) === 'dark' ? 'dark' : 'light';

export const applyTheme = (theme: Theme) => {
  document.documentElement.classList.toggle('pf-v6-theme-dark', theme === 'dark');
  localStorage.setItem(THEME_KEY, theme);
};

type LabUser = { id: string; name: string; available: boolean };
type UsersResponse = { current: string; users: LabUser[] };

const useLabUsers = () => {
  const [users, setUsers] = useState<UsersResponse>();
  const [username, setUsername] = useState<string>();
  useEffect(() => {
    fetch('/api/lab/users')
      .then((r) => r.json() as Promise<UsersResponse>)
      .then(setUsers)
      .catch(() => undefined);
    fetch('/api/kubernetes/apis/authentication.k8s.io/v1/selfsubjectreviews', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview' }),
    })
      .then((r) => (r.ok ? r.json() : undefined))
      .then((r: { status?: { userInfo?: { username?: string } } } | undefined) =>
        setUsername(r?.status?.userInfo?.username),
      )
      .catch(() => undefined);
  }, []);
  return { users, username };
};

export const Masthead: FC = () => {
  const { i18n } = useTranslation();
  const [theme, setTheme] = useState<Theme>(storedTheme);
  const { users, username } = useLabUsers();
  const switchTheme = (next: Theme) => {
    applyTheme(next);
    setTheme(next);
  };
  const switchUser = (id: string) => {
    document.cookie = `lab-user=${encodeURIComponent(id)}; path=/; SameSite=Strict`;
    window.location.reload();
  };
  return (
    <PFMasthead>
      <MastheadMain>
        <MastheadToggle>
          <PageToggleButton isHamburgerButton aria-label="Global navigation" />
        </MastheadToggle>
        <MastheadBrand>
          <Content
            component="p"
            style={{
              fontWeight: 'bold',
              fontSize: 'var(--pf-t--global--font--size--lg)',
              margin: 0,
            }}
          >
            MetalLB lab console
          </Content>
        </MastheadBrand>
      </MastheadMain>
      <MastheadContent>
        <Toolbar isFullHeight>
          <ToolbarContent>
            <ToolbarGroup align={{ default: 'alignEnd' }} gap={{ default: 'gapMd' }}>
              <ToolbarItem>
                <Button
                  variant="plain"
                  id="lab-theme-switch"
                  aria-label={theme === 'dark' ? 'Light theme' : 'Dark theme'}
                  title={
                    theme === 'dark' ? 'Switch to the light theme' : 'Switch to the dark theme'
                  }
                  icon={theme === 'dark' ? <SunIcon /> : <MoonIcon />}
                  onClick={() => switchTheme(theme === 'dark' ? 'light' : 'dark')}
                />
              </ToolbarItem>
              <ToolbarItem>
                <FormSelect
                  id="lab-language"
                  aria-label="Language"
                  value={i18n.language}
                  onChange={(_e, v) => void changeLanguage(v as Language)}
                >
                  {Object.entries(LANGUAGES).map(([code, name]) => (
                    <FormSelectOption key={code} value={code} label={name} />
                  ))}
                </FormSelect>
              </ToolbarItem>
              {users && (
                <ToolbarItem>
                  <FormSelect
                    id="lab-user"
                    aria-label="User"
                    value={users.current}
                    onChange={(_e, v) => switchUser(v)}
                  >
                    {users.users.map((u) => (
                      <FormSelectOption
                        key={u.id}
                        value={u.id}
                        isDisabled={!u.available}
                        label={
                          u.id === users.current && username ? `${u.name} (${username})` : u.name
                        }
                      />
                    ))}
                  </FormSelect>
                </ToolbarItem>
              )}
            </ToolbarGroup>
          </ToolbarContent>
        </Toolbar>
      </MastheadContent>
    </PFMasthead>
  );
};
