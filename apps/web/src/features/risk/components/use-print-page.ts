import { useEffect } from 'react';

/**
 * While the page is mounted: an `@page` size for printing and a body class whose print rules hide
 * the app chrome. Injected and removed with the page so other pages print as they always did.
 */
export function usePrintPage(size: string) {
  useEffect(() => {
    const style = document.createElement('style');
    style.setAttribute('data-risk-print', size);
    style.textContent = `@page { size: ${size}; margin: 8mm; }
@media print {
  body.sk-print .ant-layout-header, body.sk-print .ant-layout-sider, body.sk-print .sk-no-print { display: none !important; }
  body.sk-print .ant-layout, body.sk-print .ant-layout-content { background: #fff !important; padding: 0 !important; margin: 0 !important; }
  body.sk-print .sk-print-area { padding: 0 !important; box-shadow: none !important; border: none !important; }
  body.sk-print { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}`;
    document.head.appendChild(style);
    document.body.classList.add('sk-print');
    return () => {
      style.remove();
      document.body.classList.remove('sk-print');
    };
  }, [size]);
}
