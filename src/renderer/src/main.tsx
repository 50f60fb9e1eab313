// Renderer entry: Mantine theme (system CJK fonts, works offline), the API of this page, and the app.
import '@mantine/core/styles.css'
import '@mantine/spotlight/styles.css'
import './styles/app.css'
import { createTheme, MantineProvider } from '@mantine/core'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createAppApi } from './api'
import { ApiProvider } from './api-context'
import { App } from './App'

const UI_FONTS = "'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', 'WenQuanYi Micro Hei', sans-serif"

const theme = createTheme({
  fontFamily: UI_FONTS,
  headings: { fontFamily: UI_FONTS },
  primaryColor: 'red',
  primaryShade: 8,
  defaultRadius: 'sm',
  focusRing: 'auto',
})

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <ApiProvider api={createAppApi()}>
        <App />
      </ApiProvider>
    </MantineProvider>
  </StrictMode>,
)
