import { render } from 'preact';
import { OptionsApp } from '@/components/OptionsApp';
import { optionsPorts } from './ports';
import '../sidepanel/style.css';

render(<OptionsApp ports={optionsPorts()} />, document.getElementById('app') as HTMLElement);
