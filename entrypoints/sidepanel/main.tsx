import { render } from 'preact';
import { App } from '@/components/App';
import { browserPorts } from './ports';
import './style.css';

render(<App ports={browserPorts()} />, document.getElementById('app') as HTMLElement);
