import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage } from '../../../shared/i18n/language.ts';
import { languages } from '../../../locales/index.ts';

/** 中文 | English switch for pages without the top bar. */
export function LanguageLinks() {
  const { t } = useTranslation();
  const active = currentLanguage();
  return (
    <Flex justify="center" gap={4} style={{ marginTop: 16 }}>
      {languages.map((language) => (
        <Button
          key={language}
          type="link"
          size="small"
          style={{ fontWeight: language === active ? 600 : 400 }}
          onClick={() => setLanguage(language)}
          data-testid={`language-${language}`}
        >
          {t(`common:language.${language}`)}
        </Button>
      ))}
    </Flex>
  );
}
