import { createContext, useContext, type ReactNode } from 'react';
import type { MapRepository } from '../persistence/repository';
import type { LibraryStore } from './library/libraryStore';

/** What the pages use outside React: the map repository and the library store. */
export interface Services {
  repository: MapRepository;
  library: LibraryStore;
}

const ServicesContext = createContext<Services | null>(null);

/** Hands the services to the pages below it. */
export function ServicesProvider({
  services,
  children,
}: {
  services: Services;
  children: ReactNode;
}) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

/** The app-wide services (the map repository and the library store). */
export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices must be used inside <ServicesProvider>');
  return services;
}

/** The services when a page provides them; null in a component rendered on its own (tests). */
export function useOptionalServices(): Services | null {
  return useContext(ServicesContext);
}
