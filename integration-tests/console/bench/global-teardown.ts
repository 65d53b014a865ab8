import { deleteBenchData } from './data';

export default async () => {
  await deleteBenchData();
};
