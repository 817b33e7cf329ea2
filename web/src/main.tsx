import { startEarlyReads } from './state/early-reads';
import './styles.css';

// The reads the first view needs start before the app's code (React and the frame) has
// arrived: on two busy cores, evaluating that code is a large part of the first view's wait.
startEarlyReads(window.location.hash);
void import('./app-root').then(({ renderApp }) => renderApp());
